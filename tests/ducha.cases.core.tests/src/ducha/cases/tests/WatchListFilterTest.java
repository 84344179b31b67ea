package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseMarkingService;
import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.MarkKind;
import ducha.cases.PageKey;
import ducha.cases.WatchList;
import ducha.cases.WatchListEntry;
import ducha.cases.WatchListService;
import ducha.core.security.Principal;
import ducha.core.security.Role;

/** The three watch lists filter by department, judge and age, and show a reader only their departments. */
class WatchListFilterTest {

	private static final CaseQuery MS1 = CaseQuery.ALL.withDepartment("MS1");
	private static final CaseQuery JUDGE_20003 = new CaseQuery(null, "20003", null, null);
	private static final CaseQuery OLDER_THAN_100 = new CaseQuery(null, null, null, 100);

	@TempDir
	Path dir;

	private CaseMarkingService marking;
	private WatchListService watch;
	private final Principal xstHead = Osgi.user(Role.DEPARTMENT_HEAD, "XST");

	@BeforeEach
	void courtWithMarkedAndLongPendingCases() throws Exception {
		Osgi.resetCourt();
		marking = Osgi.service(CaseMarkingService.class);
		watch = Osgi.service(WatchListService.class);
		Osgi.service(CaseRegister.class).importFile(new CaseFiles()
				.open("民初", 1, "20001", "MS1", "普通", 400) // 普通: long-pending from 144 days
				.open("民初", 2, "20002", "MS1", "普通", 50)
				.open("民初", 3, "20001", "MS1", "普通", 200)
				.open("刑初", 4, "20003", "XST", null, 150) // 刑初: from 72 days
				.open("刑初", 5, "20003", "XST", null, 20)
				.write(dir, "cases.csv"), Osgi.ADMIN, null);
		mark(1, MarkKind.MASS_OR_PUBLIC);
		mark(2, MarkKind.SIMILAR_CASE_CONFLICT);
		mark(4, MarkKind.MAJOR_SENSITIVE);
		mark(5, MarkKind.ILLEGAL_ADJUDICATION);
		mark(1, MarkKind.MAJOR);
		mark(3, MarkKind.MAJOR);
		mark(5, MarkKind.MAJOR);
	}

	@Test
	void theFourKindsListFiltersByDepartmentJudgeAndAgeOldestFirst() {
		Set<MarkKind> four = WatchList.FOUR_KINDS.kinds();
		assertEquals(List.of(1, 4, 2, 5), marked(four, CaseQuery.ALL, 1, Osgi.ADMIN));
		assertEquals(List.of(1, 2), marked(four, MS1, 100, Osgi.ADMIN));
		assertEquals(List.of(4, 5), marked(four, JUDGE_20003, 100, Osgi.ADMIN));
		assertEquals(List.of(1, 4), marked(four, OLDER_THAN_100, 100, Osgi.ADMIN));
		assertEquals(List.of(1), marked(Set.of(MarkKind.MASS_OR_PUBLIC), CaseQuery.ALL, 100, Osgi.ADMIN));
		assertEquals(2, marking.count(four, OLDER_THAN_100, LocalDate.now(), Osgi.ADMIN));
	}

	@Test
	void theMajorListFiltersByDepartmentJudgeAndAge() {
		Set<MarkKind> major = WatchList.MAJOR.kinds();
		assertEquals(List.of(1, 3, 5), marked(major, CaseQuery.ALL, 2, Osgi.ADMIN));
		assertEquals(List.of(1, 3), marked(major, MS1, 100, Osgi.ADMIN));
		assertEquals(List.of(5), marked(major, JUDGE_20003, 100, Osgi.ADMIN));
		assertEquals(List.of(1, 3), marked(major, OLDER_THAN_100, 100, Osgi.ADMIN));
		assertEquals(List.of(1), marked(major, new CaseQuery("MS1", "20001", null, 300), 100, Osgi.ADMIN));
	}

	@Test
	void theLongPendingListFiltersByDepartmentJudgeAndAgeAndCountsPerDepartment() {
		// most overdue first: 256 days past the 普通 rule, 78 past the 刑初 rule, 56 past the 普通 rule
		assertEquals(List.of(1, 4, 3), longPending(CaseQuery.ALL, Osgi.ADMIN));
		assertEquals(List.of(1, 3), longPending(MS1, Osgi.ADMIN));
		assertEquals(List.of(4), longPending(JUDGE_20003, Osgi.ADMIN));
		assertEquals(List.of(1), longPending(new CaseQuery(null, null, null, 300), Osgi.ADMIN));
		assertEquals(Map.of("MS1", 2L, "XST", 1L),
				watch.countLongPendingByDepartment(CaseQuery.ALL, LocalDate.now(), Osgi.ADMIN));
	}

	@Test
	void aDepartmentHeadSeesOnlyTheirDepartmentOnEveryList() {
		assertEquals(List.of(4, 5), marked(WatchList.FOUR_KINDS.kinds(), CaseQuery.ALL, 1, xstHead));
		assertEquals(List.of(5), marked(WatchList.MAJOR.kinds(), CaseQuery.ALL, 100, xstHead));
		assertEquals(List.of(), marked(WatchList.MAJOR.kinds(), MS1, 100, xstHead));
		assertEquals(List.of(4), longPending(CaseQuery.ALL, xstHead));
		assertEquals(Map.of("XST", 1L), watch.countLongPendingByDepartment(CaseQuery.ALL, LocalDate.now(), xstHead));
		assertEquals(2, marking.count(MarkKind.fourKinds(), CaseQuery.ALL, LocalDate.now(), xstHead));
	}

	private void mark(int sequence, MarkKind kind) {
		marking.mark(number(sequence), kind, "测试：" + kind.label(), Osgi.ADMIN);
	}

	private static String number(int sequence) {
		int[] ages = { 400, 50, 200, 150, 20 };
		String type = sequence <= 3 ? "民初" : "刑初";
		return CaseFiles.number(LocalDate.now().minusDays(ages[sequence - 1]).getYear(), type, sequence);
	}

	/** Sequence numbers of the list, walking pages of the given size. */
	private List<Integer> marked(Set<MarkKind> kinds, CaseQuery query, int pageSize, Principal reader) {
		return MarkedLists.sequences(marking, kinds, query, pageSize, reader);
	}

	private List<Integer> longPending(CaseQuery query, Principal reader) {
		List<Integer> sequences = new ArrayList<>();
		PageKey key = null;
		do {
			CasePage<WatchListEntry> page = watch.longPending(query, LocalDate.now(), key, 1, reader);
			page.rows().forEach(e -> sequences.add(e.record().number().sequence()));
			key = page.next();
		} while (key != null);
		return sequences;
	}
}
