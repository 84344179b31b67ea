package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.cases.FindingType;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;

/**
 * The rectifications each integrity supervisor followed and the reminder talks each leader held, counted for the
 * performance archive by the follow-up's and the talk's own day.
 */
class CaseDutiesTest {

	private static final LocalDate MAY = LocalDate.of(2024, 5, 6);

	private ReviewService review;

	@BeforeEach
	void cleanCourt() {
		Osgi.resetCourt();
		review = Osgi.service(ReviewService.class);
	}

	@Test
	void followupsCountForTheSupervisorAndTalksForWhoHeldThemInsideThePeriod() {
		ReviewFinding a = finding("20001", MAY);
		ReviewFinding b = finding("20003", MAY.plusDays(1));
		review.openFollowup(a.id(), MAY.plusDays(3), "20002", "一个月内整改", Osgi.ADMIN);
		review.openFollowup(b.id(), MAY.plusDays(3), "20002", "一个月内整改", Osgi.ADMIN);
		review.holdTalk(a.id(), MAY.plusDays(2), "20009", "20002", "提醒谈话", Osgi.ADMIN);
		// another person's follow-up, and one outside the period
		ReviewFinding c = finding("20001", MAY.plusDays(2));
		review.openFollowup(c.id(), MAY.plusDays(4), "20003", "整改", Osgi.ADMIN);
		ReviewFinding later = finding("20003", LocalDate.of(2024, 7, 1));
		review.openFollowup(later.id(), LocalDate.of(2024, 7, 2), "20002", "整改", Osgi.ADMIN);

		DutyContributor cases = Osgi.service(DutyContributor.class, c1 -> c1.source().equals("cases"));
		Period quarter = Period.quarter(2024, 2);
		assertEquals(List.of(new DutyCount("20002", "cases.followup", "跟踪整改", "cases", 2)),
				cases.duties(quarter, Set.of("20002")));
		assertEquals(Set.of(new DutyCount("20002", "cases.followup", "跟踪整改", "cases", 2),
				new DutyCount("20003", "cases.followup", "跟踪整改", "cases", 1),
				new DutyCount("20009", "cases.talk", "提醒谈话", "cases", 1)), Set.copyOf(cases.duties(quarter, Set.of())));
		assertEquals(List.of(new DutyCount("20002", "cases.followup", "跟踪整改", "cases", 1)),
				cases.duties(Period.quarter(2024, 3), Set.of("20002", "20009")));
	}

	private ReviewFinding finding(String staffNo, LocalDate day) {
		return review.addFinding(CaseFiles.number(day.getYear(), "民初", 100 + day.getDayOfYear()),
				FindingType.DEFECTIVE_CASE, staffNo, day, "评查发现案件瑕疵", Osgi.ADMIN);
	}
}
