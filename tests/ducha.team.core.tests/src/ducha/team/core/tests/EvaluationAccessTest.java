package ducha.team.core.tests;

import static ducha.team.core.tests.EvaluationCourt.DIRECTOR;
import static ducha.team.core.tests.EvaluationCourt.GAO;
import static ducha.team.core.tests.EvaluationCourt.LIN;
import static ducha.team.core.tests.EvaluationCourt.MA;
import static ducha.team.core.tests.EvaluationCourt.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.ledger.LedgerFormat;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.team.Evaluation;
import ducha.team.EvaluationService;
import ducha.team.PerformanceArchive;
import ducha.test.osgi.Osgi;

/** Who evaluates, who reads which archive: a supervisor reads only their own. */
class EvaluationAccessTest {

	private final EvaluationService evaluations = Osgi.service(EvaluationService.class);

	@BeforeEach
	void court() {
		EvaluationCourt.create();
	}

	@Test
	void onlyTheDirectorEvaluatesIssuesAndExports() {
		Principal fullTime = EvaluationCourt.user("ft", null, Role.FULL_TIME_SUPERVISOR);
		Evaluation remarks = Evaluation.of(LIN, Period.quarter(YEAR, 1), null, "履职积极");
		assertThrows(AccessDeniedException.class, () -> evaluations.record(remarks, fullTime));
		assertThrows(AccessDeniedException.class, () -> evaluations.record(remarks, EvaluationCourt.lin()));
		assertThrows(AccessDeniedException.class, () -> evaluations.issueBulletin(Period.quarter(YEAR, 1),
				LocalDate.of(YEAR, 4, 10), fullTime));
		assertThrows(AccessDeniedException.class,
				() -> evaluations.bonusSheet(YEAR, LedgerFormat.CSV, new ByteArrayOutputStream(), fullTime));
		evaluations.record(remarks, DIRECTOR);
		List<AuditEntry> audited = Osgi.service(AuditLog.class).find(
				new AuditQuery(null, "team.evaluation", null, null, null, null, 10), EvaluationCourt.ADMIN);
		assertEquals(List.of("team.evaluation.record"), audited.stream().map(AuditEntry::action).toList());
		assertEquals(LIN + "/2025年第一季度", audited.get(0).objectId());
	}

	@Test
	void staffWithoutTheTeamsPermissionsReadNothing() {
		Principal clerk = EvaluationCourt.user("clerk", EvaluationCourt.LI, Role.STAFF);
		assertThrows(AccessDeniedException.class, () -> evaluations.archive(LIN, YEAR, clerk));
		assertThrows(AccessDeniedException.class, () -> evaluations.archives(YEAR, clerk));
		assertThrows(AccessDeniedException.class, () -> evaluations.evaluations(YEAR, clerk));
		assertThrows(AccessDeniedException.class, () -> evaluations.bulletins(YEAR, clerk));
	}

	@Test
	void aSupervisorReadsOnlyTheirOwnArchiveAHeadThoseOfTheirDepartment() {
		evaluations.record(Evaluation.of(LIN, Period.quarter(YEAR, 3), null, "林清的评价"), DIRECTOR);
		evaluations.record(Evaluation.of(GAO, Period.quarter(YEAR, 3), null, "高洁的评价"), DIRECTOR);
		Principal lin = EvaluationCourt.lin();
		assertEquals(LIN, evaluations.archive(LIN, YEAR, lin).staffNo());
		assertThrows(AccessDeniedException.class, () -> evaluations.archive(GAO, YEAR, lin));
		// a political supervisor of the same department is a supervisor too: not the integrity supervisor's archive
		Principal political = EvaluationCourt.user("pol", "39999", Role.POLITICAL_SUPERVISOR, "MS1");
		assertThrows(AccessDeniedException.class, () -> evaluations.archive(LIN, YEAR, political));
		assertEquals(List.of(LIN), evaluations.archives(YEAR, lin).stream().map(PerformanceArchive::staffNo).toList());
		assertEquals(List.of(LIN), evaluations.evaluations(YEAR, lin).stream().map(Evaluation::staffNo).toList());

		Principal headXst = EvaluationCourt.user("head", null, Role.DEPARTMENT_HEAD, "XST");
		assertEquals(List.of(GAO, MA), evaluations.archives(YEAR, headXst).stream().map(PerformanceArchive::staffNo)
				.toList());
		assertThrows(AccessDeniedException.class, () -> evaluations.archive(LIN, YEAR, headXst));
		assertEquals(3, evaluations.archives(YEAR, DIRECTOR).size());
	}
}
