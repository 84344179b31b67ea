package ducha.team.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.team.Mentorship;
import ducha.team.MentoringService;
import ducha.team.Milestone;
import ducha.team.ShadowedItem;
import ducha.test.osgi.Osgi;

/** A mentor and a new supervisor, the plan's milestones, the items shadowed and the mentor's sign-off. */
class MentoringTest {

	private static final LocalDate FROM = LocalDate.now().minusMonths(3);
	private static final LocalDate TO = LocalDate.now().plusMonths(3);

	private final MentoringService mentoring = Osgi.service(MentoringService.class);

	@BeforeEach
	void court() {
		MeetingCourt.create();
	}

	@Test
	void aMentorshipFollowsItsPlanToTheSignOff() {
		Mentorship m = mentoring.start(Mentorship.of(MeetingCourt.FULL_TIME, MeetingCourt.INTEGRITY_ZXJ, FROM, TO,
				"跟班学习廉政监察工作", List.of(Milestone.of("学习工作规范", FROM.plusDays(20)))), MeetingCourt.OFFICE);
		m = mentoring.addMilestone(m.id(), Milestone.of("独立完成风险排查", LocalDate.now().minusDays(3)),
				MeetingCourt.OFFICE);
		m = mentoring.milestoneDone(m.id(), 1, FROM.plusDays(18), MeetingCourt.OFFICE);
		m = mentoring.addShadowed(m.id(), new ShadowedItem(ShadowedItem.Kind.CASE, "（2025）川0724执1088号",
				FROM.plusDays(30), "跟踪案款发放整改"), MeetingCourt.OFFICE);
		m = mentoring.addShadowed(m.id(), new ShadowedItem(ShadowedItem.Kind.INSPECTION, "DC2025-007", null, null),
				MeetingCourt.OFFICE);

		Mentorship read = mentoring.mentorship(m.id(), MeetingCourt.HEAD);
		assertEquals(Arrays.asList(FROM.plusDays(18), null), read.milestones().stream().map(Milestone::doneOn).toList());
		assertEquals(List.of("（2025）川0724执1088号", "DC2025-007"),
				read.shadowed().stream().map(ShadowedItem::reference).toList());
		assertEquals(1, read.openMilestones().size());

		ReminderSource reminders = Osgi.services(ReminderSource.class).stream()
				.filter(s -> s.id().equals("team.mentoring-milestones")).findFirst().orElseThrow();
		assertEquals(List.of(m.id() + ":2"), reminders.reminders(MeetingCourt.HEAD, LocalDate.now()).stream()
				.map(Reminder::key).toList(), "the milestone past due");

		long id = m.id();
		ValidationException why = assertThrows(ValidationException.class,
				() -> mentoring.signOff(id, read.version(), LocalDate.now(), " ", MeetingCourt.OFFICE));
		assertTrue(why.getMessage().contains("1"), why.getMessage());
		Mentorship signed = mentoring.signOff(id, read.version(), LocalDate.now(), "风险排查因案件集中延后，已能独立开展工作",
				MeetingCourt.OFFICE);
		assertTrue(signed.signedOff());
		assertEquals("风险排查因案件集中延后，已能独立开展工作", signed.remarks());
		assertThrows(ValidationException.class, () -> mentoring.milestoneDone(id, 2, LocalDate.now(),
				MeetingCourt.OFFICE), "a signed-off mentorship no longer changes");
		assertEquals(List.of(), reminders.reminders(MeetingCourt.HEAD, LocalDate.now()), "signed off: no reminder");
	}

	@Test
	void everyMilestoneReachedSignsOffWithoutRemarks() {
		Mentorship m = mentoring.start(Mentorship.of(MeetingCourt.DIRECTOR, MeetingCourt.POLITICAL_LAF, FROM, TO, "",
				List.of(Milestone.of("学习督察制度", FROM.plusDays(10)))), MeetingCourt.OFFICE);
		Mentorship reached = mentoring.milestoneDone(m.id(), 1, FROM.plusDays(9), MeetingCourt.OFFICE);
		assertThrows(ValidationException.class, () -> mentoring.signOff(m.id(), reached.version(), FROM.minusDays(1),
				null, MeetingCourt.OFFICE), "before the rotation");
		assertEquals(LocalDate.now(), mentoring.signOff(m.id(), reached.version(), LocalDate.now(), null,
				MeetingCourt.OFFICE)
				.signedOffOn());
		assertEquals(List.of(true), mentoring.mentorships(MeetingCourt.HEAD).stream().map(Mentorship::signedOff)
				.toList());
	}

	@Test
	void theMentorAndTheTraineeMustHoldTheirRoles() {
		ValidationException political = assertThrows(ValidationException.class, () -> mentoring.start(
				Mentorship.of(MeetingCourt.POLITICAL_LAF, MeetingCourt.INTEGRITY_ZXJ, FROM, TO, "", List.of()),
				MeetingCourt.OFFICE));
		assertTrue(political.getMessage().contains("郑政"), political.getMessage());
		ValidationException clerk = assertThrows(ValidationException.class, () -> mentoring.start(
				Mentorship.of(MeetingCourt.FULL_TIME, MeetingCourt.CLERK, FROM, TO, "", List.of()),
				MeetingCourt.OFFICE));
		assertTrue(clerk.getMessage().contains("李新"), clerk.getMessage());
		assertThrows(ValidationException.class, () -> mentoring.start(
				Mentorship.of(MeetingCourt.FULL_TIME, MeetingCourt.POLITICAL_LAF, TO, FROM, "", List.of()),
				MeetingCourt.OFFICE), "ends before it starts");
		assertThrows(ValidationException.class, () -> mentoring.start(Mentorship.of(MeetingCourt.FULL_TIME,
				MeetingCourt.POLITICAL_LAF, LocalDate.now().minusYears(5), LocalDate.now().minusYears(4), "",
				List.of()), MeetingCourt.OFFICE), "before either was appointed");
		assertEquals(List.of(), mentoring.mentorships(MeetingCourt.OFFICE));
	}
}
