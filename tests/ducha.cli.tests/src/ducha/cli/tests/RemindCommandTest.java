package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import ducha.cli.ExitCodes;
import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.Reminder.Urgency;
import ducha.core.spi.ReminderSource;

/** {@code ducha-cli remind} prints every registered source's reminders, most urgent first. */
class RemindCommandTest {

	private ServiceRegistration<ReminderSource> registration;

	@AfterEach
	void unregister() {
		if (registration != null) {
			registration.unregister();
		}
	}

	@Test
	void theRemindersOfTheGivenDayArePrintedMostUrgentFirst() {
		register(new ReminderSource() {

			@Override
			public String id() {
				return "test.orders";
			}

			@Override
			public List<Reminder> reminders(Principal viewer, LocalDate today) {
				return List.of(
						new Reminder(id(), "2", Urgency.DUE_SOON, "督办单 2026-002 将于 " + today.plusDays(2) + " 到期",
								"民事审判第一庭", today.plusDays(2), null),
						new Reminder(id(), "1", Urgency.OVERDUE, "督办单 2026-001 已超期 3 天", "刑事审判庭",
								today.minusDays(3), null));
			}
		});

		Cli.Result result = Cli.run("remind", "--as-of", "2026-03-10");

		assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
		int overdue = result.out().indexOf("督办单 2026-001 已超期 3 天");
		int dueSoon = result.out().indexOf("督办单 2026-002 将于 2026-03-12 到期");
		assertTrue(overdue > 0 && dueSoon > overdue, result.out());
		assertTrue(result.out().contains("2026-03-07") && result.out().contains("已超期"), result.out());
	}

	@Test
	void withoutSourcesItSaysThereIsNothingToDo() {
		Cli.Result result = Cli.run("remind", "--as-of", "2026-03-10");

		assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
		assertTrue(result.out().contains("2026-03-10 没有提醒"), result.out());
	}

	@Test
	void aMalformedDateIsAUsageError() {
		Cli.Result result = Cli.run("remind", "--as-of", "2026-13-45");

		assertEquals(ExitCodes.USAGE, result.exitCode(), result::toString);
		assertTrue(result.err().contains("--as-of"), result.err());
		assertFalse(result.out().contains("提醒"), result.out());
	}

	private void register(ReminderSource source) {
		registration = FrameworkUtil.getBundle(RemindCommandTest.class).getBundleContext()
				.registerService(ReminderSource.class, source, new Hashtable<>());
	}
}
