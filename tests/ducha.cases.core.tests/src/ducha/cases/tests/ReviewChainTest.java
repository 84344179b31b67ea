package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.cases.CaseBulletin;
import ducha.cases.FindingType;
import ducha.cases.RectificationFollowup;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.core.ValidationException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.audit.AuditVerification;
import ducha.core.period.Period;
import ducha.core.spi.ArchiveEntry;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.core.spi.ArchiveContributor;

class ReviewChainTest {

	private static final LocalDate MAY = LocalDate.of(2024, 5, 6);

	private ReviewService review;

	@BeforeEach
	void cleanCourt() {
		Osgi.resetCourt();
		review = Osgi.service(ReviewService.class);
	}

	@Test
	void findingsTalksAndFollowupsFeedTheReportKeysOfTheirPeriod() {
		ReviewFinding a = finding("20001", FindingType.DEFECTIVE_CASE, MAY);
		ReviewFinding b = finding("20002", FindingType.INACCURATE_WORDING, MAY.plusDays(1));
		ReviewFinding c = finding("20003", FindingType.NONSTANDARD_SYSTEM_USE, MAY.plusDays(2));
		ReviewFinding later = finding("20003", FindingType.OTHER, LocalDate.of(2025, 1, 10));
		for (ReviewFinding f : List.of(a, b, c)) {
			review.holdTalk(f.id(), f.foundDate().plusDays(3), "20009", null, "指出问题，提醒严格依法办案", Osgi.ADMIN);
			review.openFollowup(f.id(), f.foundDate().plusDays(3), "20002", "一个月内完成整改并书面报告", Osgi.ADMIN);
		}
		review.holdTalk(later.id(), LocalDate.of(2025, 1, 12), "20009", null, "提醒", Osgi.ADMIN);

		CaseBulletin first = review.issueBulletin(MAY.plusDays(10), "案件评查情况通报", List.of(a.id(), b.id()), Osgi.ADMIN);
		CaseBulletin second = review.issueBulletin(MAY.plusDays(40), "案件评查情况通报", List.of(c.id()), Osgi.ADMIN);
		assertEquals("2024年第1期", first.label());
		assertEquals("2024年第2期", second.label());
		assertEquals(1, review.issueBulletin(LocalDate.of(2025, 1, 20), "通报", List.of(later.id()), Osgi.ADMIN)
				.issueNo(), "numbering starts again each year");

		assertEquals(Map.of("cases.bulletins", 2L, "cases.departments_involved", 2L, "cases.staff_involved", 3L,
				"cases.reminder_talks", 3L, "cases.followups", 3L), figures(Period.year(2024)));
		// only the first bulletin (MS1: 20001, 20002) falls into May
		assertEquals(Map.of("cases.bulletins", 1L, "cases.departments_involved", 1L, "cases.staff_involved", 2L,
				"cases.reminder_talks", 3L, "cases.followups", 3L), figures(Period.of(MAY, MAY.plusDays(30))));
	}

	@Test
	void eachStepIsAuditedInItsOwnTransactionAndTheChainHolds() {
		ReviewFinding f = finding("20001", FindingType.DEFECTIVE_CASE, MAY);
		review.holdTalk(f.id(), MAY.plusDays(1), "20009", null, "提醒", Osgi.ADMIN);
		RectificationFollowup open = review.openFollowup(f.id(), MAY.plusDays(1), "20002", "整改", Osgi.ADMIN);
		RectificationFollowup verified = review.verifyFollowup(open.id(), open.version(), MAY.plusDays(20), "已整改到位",
				Osgi.ADMIN);
		assertThrows(ValidationException.class,
				() -> review.verifyFollowup(open.id(), verified.version(), MAY.plusDays(21), "再次", Osgi.ADMIN));

		AuditLog audit = Osgi.service(AuditLog.class);
		List<String> actions = audit.find(new AuditQuery(null, "cases.", null, null, null, null, 10), Osgi.ADMIN)
				.stream().map(AuditEntry::action).toList();
		assertEquals(List.of("cases.followup.verify", "cases.followup.open", "cases.talk.add", "cases.finding.add"),
				actions, "one entry per stored step, none for the refused one");
		AuditVerification chain = audit.verify(Osgi.ADMIN);
		assertTrue(chain.intact(), chain.problem());
	}

	@Test
	void theReportSectionHasExactlyTheContractsKeysInOrder() {
		List<String> keys = section().figures(Period.year(2024)).stream().map(ReportFigure::key).toList();
		assertEquals(List.of("cases.bulletins", "cases.departments_involved", "cases.staff_involved",
				"cases.reminder_talks", "cases.followups"), keys);
		assertEquals("cases", section().section());
	}

	@Test
	void aFollowupIsVerifiedClosedOnceAndTalksCannotPrecedeTheirFinding() {
		ReviewFinding f = finding("20001", FindingType.DEFECTIVE_CASE, MAY);
		assertThrows(ValidationException.class,
				() -> review.holdTalk(f.id(), MAY.minusDays(1), "20009", null, "提醒", Osgi.ADMIN));
		RectificationFollowup open = review.openFollowup(f.id(), MAY, "20002", "整改", Osgi.ADMIN);
		RectificationFollowup closed = review.verifyFollowup(open.id(), open.version(), MAY.plusDays(20), "已整改到位",
				Osgi.ADMIN);
		assertEquals(MAY.plusDays(20), closed.verifiedDate());
		assertThrows(ValidationException.class,
				() -> review.verifyFollowup(open.id(), closed.version(), MAY.plusDays(21), "再次", Osgi.ADMIN));
		assertThrows(ValidationException.class, () -> review.addFinding(CaseFiles.number(2024, "民初", 1),
				FindingType.OTHER, "29999", MAY, "x", Osgi.ADMIN));
	}

	@Test
	void theStaffMembersArchiveListsFindingsTalksAndFollowupsNamingThem() {
		ReviewFinding f = finding("20001", FindingType.INACCURATE_WORDING, MAY);
		review.holdTalk(f.id(), MAY.plusDays(2), "20009", null, "提醒谈话", Osgi.ADMIN);
		review.openFollowup(f.id(), MAY.plusDays(2), "20002", "整改", Osgi.ADMIN);
		List<String> kinds = Osgi.service(ArchiveContributor.class).entries("20001", Period.year(2024), Osgi.ADMIN)
				.stream().map(ArchiveEntry::kind).toList();
		assertEquals(List.of("cases.finding", "cases.talk", "cases.followup"), kinds);
		assertEquals(List.of(), Osgi.service(ArchiveContributor.class).entries("20002", Period.year(2024), Osgi.ADMIN)
				.stream().filter(e -> e.kind().equals("cases.finding")).toList());
	}

	private ReviewFinding finding(String staffNo, FindingType type, LocalDate day) {
		return review.addFinding(CaseFiles.number(day.getYear(), "民初", 100 + day.getDayOfYear()), type, staffNo, day,
				"评查发现" + type.label(), Osgi.ADMIN);
	}

	private static ReportSection section() {
		return Osgi.service(ReportSection.class);
	}

	private static Map<String, Long> figures(Period period) {
		Map<String, Long> values = new LinkedHashMap<>();
		section().figures(period).forEach(f -> values.put(f.key(), f.value()));
		return values;
	}
}
