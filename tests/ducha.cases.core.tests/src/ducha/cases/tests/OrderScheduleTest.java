package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ducha.cases.OrderSchedule;
import ducha.cases.OrderStatus;
import ducha.cases.Reminder;
import ducha.cases.ReminderKind;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;

class OrderScheduleTest {

	private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
	private final OrderSchedule schedule = new OrderSchedule(3, 7);

	@Test
	void twoThirdsOfThirtyDaysAreUsedOnTheTwentiethDay() {
		assertEquals(ISSUED.plusDays(20), schedule.twoThirdsDay(ISSUED, ISSUED.plusDays(30)));
	}

	@Test
	void twoThirdsAreRoundedUpToAWholeDay() {
		// 2/3 of 10 days = 6.67: the reminder comes on day 7, never before two thirds are really used
		assertEquals(ISSUED.plusDays(7), schedule.twoThirdsDay(ISSUED, ISSUED.plusDays(10)));
		assertEquals(ISSUED.plusDays(1), schedule.twoThirdsDay(ISSUED, ISSUED.plusDays(1)));
	}

	@Test
	void theDaysBeforeReminderFallsNDaysBeforeTheDeadlineButNotBeforeIssue() {
		assertEquals(ISSUED.plusDays(27), schedule.daysBeforeDay(ISSUED, ISSUED.plusDays(30)));
		assertEquals(ISSUED, schedule.daysBeforeDay(ISSUED, ISSUED.plusDays(2)));
	}

	@Test
	void remindersBecomeDueOneAfterAnother() {
		SupervisionOrder order = order(OrderStatus.IN_PROGRESS, ISSUED.plusDays(30));
		assertEquals(List.of(), kinds(schedule.dueReminders(order, ISSUED.plusDays(19))));
		assertEquals(List.of(ReminderKind.TWO_THIRDS), kinds(schedule.dueReminders(order, ISSUED.plusDays(20))));
		assertEquals(List.of(ReminderKind.TWO_THIRDS, ReminderKind.DAYS_BEFORE),
				kinds(schedule.dueReminders(order, ISSUED.plusDays(30))));
		assertEquals(List.of(ReminderKind.TWO_THIRDS, ReminderKind.DAYS_BEFORE, ReminderKind.OVERDUE),
				kinds(schedule.dueReminders(order, ISSUED.plusDays(31))));
	}

	@Test
	void anOrderIsOverdueFromTheDayAfterItsDeadlineUnlessClosed() {
		LocalDate deadline = ISSUED.plusDays(30);
		assertFalse(schedule.isOverdue(order(OrderStatus.OPEN, deadline), deadline));
		assertTrue(schedule.isOverdue(order(OrderStatus.OPEN, deadline), deadline.plusDays(1)));
		assertFalse(schedule.isOverdue(order(OrderStatus.CLOSED, deadline), deadline.plusDays(1)));
		assertEquals(List.of(), schedule.dueReminders(order(OrderStatus.CLOSED, deadline), deadline.plusDays(5)));
	}

	@Test
	void anOverdueOrderEscalatesOnItsFirstOverdueDayAndAgainEveryInterval() {
		LocalDate deadline = ISSUED.plusDays(30);
		SupervisionOrder order = order(OrderStatus.OVERDUE, deadline);
		assertEquals(0, schedule.escalationsDue(order, deadline));
		assertEquals(1, schedule.escalationsDue(order, deadline.plusDays(1)));
		assertEquals(1, schedule.escalationsDue(order, deadline.plusDays(7)));
		assertEquals(2, schedule.escalationsDue(order, deadline.plusDays(8)));
		assertEquals(SupervisionLevel.VICE_PRESIDENT, OrderSchedule.escalate(SupervisionLevel.DEPARTMENT_HEAD, 1));
		assertEquals(SupervisionLevel.PRESIDENT, OrderSchedule.escalate(SupervisionLevel.DEPARTMENT_HEAD, 2));
		assertEquals(SupervisionLevel.PRESIDENT, OrderSchedule.escalate(SupervisionLevel.DEPARTMENT_HEAD, 5));
	}

	private static SupervisionOrder order(OrderStatus status, LocalDate deadline) {
		return new SupervisionOrder(1, "（2024）川0724民初1号", SupervisionLevel.DEPARTMENT_HEAD, "20001", "tester",
				ISSUED, deadline, status, null, "限期审结", 1);
	}

	private static List<ReminderKind> kinds(List<Reminder> reminders) {
		return reminders.stream().map(Reminder::kind).toList();
	}
}
