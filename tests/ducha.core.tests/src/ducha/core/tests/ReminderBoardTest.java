package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.Reminder;
import ducha.core.spi.Reminder.Urgency;
import ducha.core.spi.ReminderBoard;
import ducha.core.spi.ReminderSource;
import ducha.core.spi.TileValue;

/** The board asks every ReminderSource registered at the time of the call and merges their answers. */
class ReminderBoardTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	private final ReminderBoard board = Osgi.service(ReminderBoard.class);
	private final List<ServiceRegistration<ReminderSource>> registrations = new ArrayList<>();

	/** Supervision orders of department MS1: only viewers who may see MS1 get them, as the source decides. */
	private final ReminderSource orders = source("test.orders", (viewer, today) -> !viewer.scope().includes("MS1")
			? List.of()
			: List.of(reminder("test.orders", "o1", Urgency.DUE_SOON, today.plusDays(3)),
					reminder("test.orders", "o2", Urgency.OVERDUE, today.minusDays(1))));

	/** Petitions: everyone sees them. */
	private final ReminderSource petitions = source("test.petitions",
			(viewer, today) -> List.of(reminder("test.petitions", "p1", Urgency.OVERDUE, today.minusDays(10)),
					reminder("test.petitions", "p2", Urgency.INFO, null),
					reminder("test.petitions", "p3", Urgency.DUE_SOON, today.plusDays(1))));

	@AfterEach
	void unregister() {
		registrations.forEach(ServiceRegistration::unregister);
	}

	@Test
	void remindersOfAllSourcesComeMostUrgentFirst() {
		register(orders);
		register(petitions);

		ReminderBoard.Collected collected = board.collect(Fixtures.ADMIN, TODAY);

		assertEquals(List.of("p1", "o2", "p3", "o1", "p2"), keys(collected));
		assertEquals(4, collected.urgentCount());
		assertEquals(List.of(), collected.failedSources());
	}

	@Test
	void eachSourceDecidesWhatTheViewerMaySee() {
		register(orders);
		register(petitions);
		Principal criminalJudge = Fixtures.user("judge", Role.DEPARTMENT_HEAD, "XST");

		assertEquals(List.of("p1", "p3", "p2"), keys(board.collect(criminalJudge, TODAY)));
		assertEquals(List.of("p1", "o2", "p3", "o1", "p2"),
				keys(board.collect(Fixtures.user("civil", Role.DEPARTMENT_HEAD, "MS1"), TODAY)));
	}

	@Test
	void anUnregisteredSourceDisappearsFromTheNextCollection() {
		register(orders);
		ServiceRegistration<ReminderSource> petitionsRegistration = register(petitions);
		assertEquals(5, board.collect(Fixtures.ADMIN, TODAY).reminders().size());

		petitionsRegistration.unregister();
		registrations.remove(petitionsRegistration);

		assertEquals(List.of("o2", "o1"), keys(board.collect(Fixtures.ADMIN, TODAY)));
	}

	@Test
	void aFailingSourceIsNamedAndTheOthersAreStillShown() {
		register(petitions);
		register(source("test.broken", (viewer, today) -> {
			throw new IllegalStateException("数据库不可用");
		}));

		ReminderBoard.Collected collected = board.collect(Fixtures.ADMIN, TODAY);

		assertEquals(List.of("p1", "p3", "p2"), keys(collected));
		assertEquals(1, collected.failedSources().size());
		assertTrue(collected.failedSources().get(0).startsWith("test.broken"), collected.failedSources().toString());
	}

	/** The home page's 提醒 tile says the number of reminders the 提醒 view lists (and its badge counts), not fewer. */
	@Test
	void theRemindersTileCountsWhatTheRemindersViewLists() throws Exception {
		register(orders);
		register(petitions);
		DashboardTile tile = remindersTile();

		TileValue value = tile.compute(Fixtures.ADMIN);

		ReminderBoard.Collected listed = board.collect(Fixtures.ADMIN, LocalDate.now());
		assertTrue(listed.reminders().size() > listed.urgentCount(), "an information reminder is listed as well");
		assertEquals(String.valueOf(listed.reminders().size()), value.value());
	}

	private static DashboardTile remindersTile() throws Exception {
		for (ServiceReference<DashboardTile> reference : Osgi.context().getServiceReferences(DashboardTile.class,
				null)) {
			DashboardTile tile = Osgi.context().getService(reference);
			if ("core.reminders".equals(tile.id())) {
				return tile;
			}
		}
		throw new AssertionError("no core.reminders tile");
	}

	private ServiceRegistration<ReminderSource> register(ReminderSource source) {
		ServiceRegistration<ReminderSource> registration = Osgi.register(ReminderSource.class, source);
		registrations.add(registration);
		return registration;
	}

	private static List<String> keys(ReminderBoard.Collected collected) {
		return collected.reminders().stream().map(Reminder::key).toList();
	}

	private static Reminder reminder(String source, String key, Urgency urgency, LocalDate due) {
		return new Reminder(source, key, urgency, "提醒 " + key, "", due, null);
	}

	private interface Compute {
		List<Reminder> reminders(Principal viewer, LocalDate today);
	}

	private static ReminderSource source(String id, Compute compute) {
		return new ReminderSource() {

			@Override
			public String id() {
				return id;
			}

			@Override
			public List<Reminder> reminders(Principal viewer, LocalDate today) {
				return compute.reminders(viewer, today);
			}
		};
	}
}
