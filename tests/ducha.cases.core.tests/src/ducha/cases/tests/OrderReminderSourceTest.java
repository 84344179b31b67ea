package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseRegister;
import ducha.cases.CasesTargets;
import ducha.cases.OrderReminders;
import ducha.cases.OrderSchedule;
import ducha.cases.ReminderKind;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.Reminder;
import ducha.core.spi.Reminder.Urgency;
import ducha.core.spi.ReminderSource;

class OrderReminderSourceTest {

	private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);

	@TempDir
	Path dir;

	private SupervisionService supervision;
	private ReminderSource source;
	private String civilCase;
	private String criminalCase;

	@BeforeEach
	void courtWithTwoCases() throws Exception {
		Osgi.resetCourt();
		supervision = Osgi.service(SupervisionService.class);
		source = Osgi.services(ReminderSource.class).stream().filter(s -> s.id().equals(OrderReminders.SOURCE_ID))
				.findFirst().orElseThrow();
		Osgi.service(CaseRegister.class).importFile(new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 200)
				.open("刑初", 2, "20003", "XST", "普通", 200).write(dir, "two.csv"), Osgi.ADMIN, null);
		int year = LocalDate.now().minusDays(200).getYear();
		civilCase = CaseFiles.number(year, "民初", 1);
		criminalCase = CaseFiles.number(year, "刑初", 2);
	}

	@Test
	void aThirtyDayOrderIsDueSoonFromExactlyTwoThirdsThroughItsDeadlineAndOverdueTheDayAfter() {
		SupervisionOrder order = issue(civilCase, ISSUED.plusDays(30));

		assertEquals(List.of(), reminders(order, ISSUED.plusDays(19)), "19 of 30 days are less than two thirds");
		Reminder twoThirds = only(order, ISSUED.plusDays(20));
		assertEquals(Urgency.DUE_SOON, twoThirds.urgency());
		assertTrue(twoThirds.title().contains(ReminderKind.TWO_THIRDS.label()), twoThirds::title);
		assertTrue(twoThirds.title().contains("还有 10 天到期"), twoThirds::title);
		Reminder daysBefore = only(order, ISSUED.plusDays(30 - OrderSchedule.DEFAULT_DAYS_BEFORE));
		assertTrue(daysBefore.title().contains(ReminderKind.DAYS_BEFORE.label()), daysBefore::title);
		Reminder deadlineDay = only(order, ISSUED.plusDays(30));
		assertEquals(Urgency.DUE_SOON, deadlineDay.urgency(), "the deadline day itself is not overdue yet");
		assertTrue(deadlineDay.title().contains("今天到期"), deadlineDay::title);
		Reminder dayAfter = only(order, ISSUED.plusDays(31));
		assertEquals(Urgency.OVERDUE, dayAfter.urgency());
		assertTrue(dayAfter.title().contains("已超期 1 天"), dayAfter::title);
		assertEquals(ISSUED.plusDays(30), dayAfter.due());
		assertEquals(CasesTargets.ORDERS, dayAfter.target());
		assertEquals(OrderReminders.SOURCE_ID, dayAfter.sourceId());
		assertTrue(dayAfter.detail().contains(civilCase) && dayAfter.detail().contains("李明"), dayAfter::detail);
	}

	@Test
	void aShortOrderIsDueSoonFromTheNDaysBeforeDayWhenThatComesBeforeTwoThirds() {
		// six days: the days-before day (day 3) comes before two thirds (day 4)
		SupervisionOrder order = issue(civilCase, ISSUED.plusDays(6));

		assertEquals(List.of(), reminders(order, ISSUED.plusDays(6 - OrderSchedule.DEFAULT_DAYS_BEFORE - 1)));
		Reminder daysBefore = only(order, ISSUED.plusDays(6 - OrderSchedule.DEFAULT_DAYS_BEFORE));
		assertEquals(Urgency.DUE_SOON, daysBefore.urgency());
		assertTrue(daysBefore.title().contains(ReminderKind.DAYS_BEFORE.label()), daysBefore::title);
		Reminder twoThirds = only(order, ISSUED.plusDays(4));
		assertTrue(twoThirds.title().contains(ReminderKind.TWO_THIRDS.label()), twoThirds::title);
		assertEquals(Urgency.OVERDUE, only(order, ISSUED.plusDays(7)).urgency());
	}

	@Test
	void aClosedOrderRemindsNobody() {
		SupervisionOrder order = issue(civilCase, ISSUED.plusDays(10));
		supervision.close(order.id(), order.version(), ISSUED.plusDays(5), "已审结", Osgi.ADMIN);

		assertEquals(List.of(), reminders(order, ISSUED.plusDays(30)));
	}

	@Test
	void anEscalationIsShownForAWeekAfterTheSweepRecordedIt() {
		SupervisionOrder order = issue(civilCase, ISSUED.plusDays(10));
		LocalDate firstOverdueDay = ISSUED.plusDays(11);
		supervision.sweep(firstOverdueDay, Osgi.ADMIN);

		List<Reminder> onTheDay = reminders(order, firstOverdueDay);
		assertEquals(List.of(Urgency.OVERDUE, Urgency.INFO), onTheDay.stream().map(Reminder::urgency).toList());
		assertTrue(onTheDay.get(1).title().contains(SupervisionLevel.VICE_PRESIDENT.label()), onTheDay.get(1)::title);
		assertEquals(List.of(Urgency.OVERDUE, Urgency.INFO), urgencies(order,
				firstOverdueDay.plusDays(OrderReminders.ESCALATION_INFO_DAYS)));
		assertEquals(List.of(Urgency.OVERDUE), urgencies(order,
				firstOverdueDay.plusDays(OrderReminders.ESCALATION_INFO_DAYS + 1)));
	}

	@Test
	void theViewerSeesOnlyOrdersOfTheirDepartmentsMostUrgentFirst() {
		SupervisionOrder civil = issue(civilCase, ISSUED.plusDays(30));
		SupervisionOrder criminal = issue(criminalCase, ISSUED.plusDays(10));
		LocalDate day = ISSUED.plusDays(25);

		assertEquals(List.of("order/" + criminal.id(), "order/" + civil.id()),
				source.reminders(Osgi.ADMIN, day).stream().map(Reminder::key).toList());
		Principal civilHead = Osgi.user(Role.DEPARTMENT_HEAD, "MS1");
		assertEquals(List.of("order/" + civil.id()),
				source.reminders(civilHead, day).stream().map(Reminder::key).toList());
		assertEquals(List.of(), source.reminders(Osgi.user(Role.STAFF), day), "plain staff may not read orders");
	}

	private SupervisionOrder issue(String caseNo, LocalDate deadline) {
		return supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD, caseNo.equals(civilCase) ? "20001" : "20003",
				ISSUED, deadline, "限期审结", Osgi.ADMIN);
	}

	private List<Reminder> reminders(SupervisionOrder order, LocalDate day) {
		String key = "order/" + order.id();
		return source.reminders(Osgi.ADMIN, day).stream()
				.filter(r -> r.key().equals(key) || r.key().startsWith(key + "/")).toList();
	}

	private List<Urgency> urgencies(SupervisionOrder order, LocalDate day) {
		return reminders(order, day).stream().map(Reminder::urgency).toList();
	}

	private Reminder only(SupervisionOrder order, LocalDate day) {
		List<Reminder> reminders = reminders(order, day);
		assertEquals(1, reminders.size(), reminders::toString);
		return reminders.get(0);
	}
}
