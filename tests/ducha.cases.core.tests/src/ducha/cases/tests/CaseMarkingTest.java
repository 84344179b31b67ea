package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseMarking;
import ducha.cases.CaseMarkingService;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.MarkKind;
import ducha.cases.MarkedCase;
import ducha.cases.WatchList;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;

class CaseMarkingTest {

	@TempDir
	Path dir;

	private CaseMarkingService marking;
	private String civil;
	private String criminal;

	@BeforeEach
	void courtWithTwoCases() throws Exception {
		Osgi.resetCourt();
		marking = Osgi.service(CaseMarkingService.class);
		Osgi.service(CaseRegister.class).importFile(new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 40)
				.open("刑初", 2, "20003", "XST", "普通", 30).write(dir, "cases.csv"), Osgi.ADMIN, null);
		civil = CaseFiles.number(LocalDate.now().minusDays(40).getYear(), "民初", 1);
		criminal = CaseFiles.number(LocalDate.now().minusDays(30).getYear(), "刑初", 2);
	}

	@Test
	void aPoliticalSupervisorWhoMayReadTheListsMayNotMarkACaseAndNothingIsStored() {
		Principal supervisor = Osgi.user(Role.POLITICAL_SUPERVISOR);
		assertThrows(AccessDeniedException.class,
				() -> marking.mark(civil, MarkKind.MASS_OR_PUBLIC, "系列案件", supervisor));
		assertEquals(List.of(), marking.history(civil, supervisor), "reading the history is allowed, it is empty");
		assertEquals(0, marking.count(MarkKind.fourKinds(), CaseQuery.ALL, LocalDate.now(), supervisor));
	}

	@Test
	void aDepartmentHeadMarksCasesOfTheirOwnDepartmentOnly() {
		Principal head = Osgi.user(Role.DEPARTMENT_HEAD, "MS1");
		CaseMarking mark = marking.mark(civil, MarkKind.MAJOR_SENSITIVE, "标的额巨大，法律关系复杂", head);
		assertEquals("department_head", mark.actor());
		assertThrows(NotFoundException.class,
				() -> marking.mark(criminal, MarkKind.MAJOR_SENSITIVE, "社会关注", head));
		assertEquals(Set.of(), marking.kindsOf(criminal, Osgi.ADMIN));
	}

	@Test
	void unmarkingWithAReasonKeepsTheWholeHistoryInOrder() {
		marking.mark(civil, MarkKind.MASS_OR_PUBLIC, "四十余名务工人员系列案件", Osgi.ADMIN);
		marking.unmark(civil, MarkKind.MASS_OR_PUBLIC, "已统一调解，风险化解", Osgi.ADMIN);
		marking.mark(civil, MarkKind.MASS_OR_PUBLIC, "又有二十人起诉", Osgi.ADMIN);
		marking.mark(civil, MarkKind.MAJOR, "院领导关注", Osgi.ADMIN);
		marking.unmark(civil, MarkKind.MAJOR, "不再列入重大案件", Osgi.ADMIN);

		List<String> history = marking.history(civil, Osgi.ADMIN).stream()
				.map(m -> m.actionLabel() + " " + m.kind().label() + "：" + m.reason()).toList();
		assertEquals(List.of("标记 群体性纠纷或社会关注：四十余名务工人员系列案件", "取消标记 群体性纠纷或社会关注：已统一调解，风险化解",
				"标记 群体性纠纷或社会关注：又有二十人起诉", "标记 重大案件：院领导关注", "取消标记 重大案件：不再列入重大案件"), history);
		assertEquals(Set.of(MarkKind.MASS_OR_PUBLIC), marking.kindsOf(civil, Osgi.ADMIN));
		assertEquals(0, marking.count(WatchList.MAJOR.kinds(), CaseQuery.ALL, LocalDate.now(), Osgi.ADMIN));

		List<String> audited = Osgi.service(AuditLog.class).find(AuditQuery.latest(20), Osgi.ADMIN).stream()
				.map(AuditEntry::action).filter(a -> a.startsWith("cases.") && a.contains("mark")).toList();
		assertEquals(5, audited.size(), "every mark and unmark is audited: " + audited);
	}

	@Test
	void markingTwiceUnmarkingAnUnmarkedCaseOrWithoutReasonIsRefused() {
		marking.mark(civil, MarkKind.ILLEGAL_ADJUDICATION, "来信反映承办人违规会见当事人", Osgi.ADMIN);
		assertThrows(ValidationException.class,
				() -> marking.mark(civil, MarkKind.ILLEGAL_ADJUDICATION, "再次标记", Osgi.ADMIN));
		assertThrows(ValidationException.class,
				() -> marking.unmark(civil, MarkKind.MAJOR, "没有标记过", Osgi.ADMIN));
		assertThrows(ValidationException.class, () -> marking.unmark(civil, MarkKind.ILLEGAL_ADJUDICATION, "  ",
				Osgi.ADMIN));
		assertEquals(1, marking.history(civil, Osgi.ADMIN).size());
	}

	@Test
	void aMajorCaseIsOnTheMajorListOnlyAndAFourKindsCaseOnTheFourKindsListOnly() {
		marking.mark(civil, MarkKind.MAJOR, "标的额一亿元", Osgi.ADMIN);
		marking.mark(criminal, MarkKind.MAJOR_SENSITIVE, "涉恶案件", Osgi.ADMIN);
		marking.mark(criminal, MarkKind.MASS_OR_PUBLIC, "被害人众多", Osgi.ADMIN);

		List<MarkedCase> major = marking.marked(WatchList.MAJOR.kinds(), CaseQuery.ALL, LocalDate.now(), null, 10,
				Osgi.ADMIN).rows();
		assertEquals(List.of(civil), major.stream().map(m -> m.record().number().text()).toList());
		List<MarkedCase> fourKinds = marking.marked(MarkKind.fourKinds(), CaseQuery.ALL, LocalDate.now(), null, 10,
				Osgi.ADMIN).rows();
		assertEquals(1, fourKinds.size(), "a case with two kinds is listed once");
		assertEquals("重大敏感、疑难复杂；群体性纠纷或社会关注", fourKinds.get(0).kindsText());
		assertEquals(30, fourKinds.get(0).ageDays());
		assertTrue(fourKinds.get(0).marks().stream().allMatch(CaseMarking::marked));
	}
}
