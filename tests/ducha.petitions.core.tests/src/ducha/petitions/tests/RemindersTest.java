package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ducha.core.DataFolder;
import ducha.core.ValidationException;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.petitions.Channel;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.Intake;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionTargets;
import ducha.petitions.Reporter;

/**
 * Deadline reminders: overdue and due within the configured days (7 by default), counted from the day asked for,
 * for the assigned handlers and the office director only, never for a staff member the petition names.
 */
class RemindersTest {

	private static final LocalDate RECEIVED = LocalDate.of(2008, 3, 1);
	private static final LocalDate TODAY = LocalDate.of(2008, 3, 10);

	private final PetitionService petitions = Osgi.service(PetitionService.class);

	@Test
	void overdueComesFirstThenWhatIsDueUpToTheLastDayOfTheWindow() {
		String overdue = assigned(TODAY.minusDays(1));
		String dueToday = assigned(TODAY);
		String lastDay = assigned(TODAY.plusDays(7));
		String beyond = assigned(TODAY.plusDays(8));
		String disposed = assigned(TODAY.minusDays(5));
		petitions.startVerification(disposed, Court.seen(disposed), Court.supervisor());
		petitions.conclude(disposed, Court.seen(disposed), Conclusion.UNFOUNDED, "不实", TODAY.minusDays(6),
				Court.supervisor());
		petitions.dispose(disposed, Court.seen(disposed), Disposition.NO_ACTION, "", TODAY.minusDays(6),
				Court.supervisor());
		Set<String> ours = Set.of(overdue, dueToday, lastDay, beyond, disposed);

		List<Reminder> reminders = mine(Court.supervisor(), ours);

		assertEquals(List.of(overdue, dueToday, lastDay), reminders.stream().map(Reminder::key).toList());
		assertEquals(List.of(Reminder.Urgency.OVERDUE, Reminder.Urgency.DUE_SOON, Reminder.Urgency.DUE_SOON),
				reminders.stream().map(Reminder::urgency).toList());
		assertEquals("信访件 " + overdue + " 已超期 1 天", reminders.get(0).title());
		assertEquals("信访件 " + dueToday + " 今天到期", reminders.get(1).title());
		assertEquals(TODAY.plusDays(7), reminders.get(2).due());
		assertEquals("petitions.deadlines", reminders.get(0).sourceId());
		assertEquals(PetitionTargets.LIST, reminders.get(0).target());
		assertEquals(List.of(), mine(Court.supervisor(), ours, TODAY.minusDays(9)).stream()
				.filter(r -> r.key().equals(overdue) || r.key().equals(lastDay)).toList(),
				"the window moves with the day asked for");
	}

	@Test
	void onlyTheHandlersAndTheDirectorAreRemindedNeverTheStaffReported() {
		Principal director = Court.director();
		String handled = assigned(TODAY);
		String unassigned = register(TODAY, Court.judges(1));
		// registered by a supervisor: the director cannot see it, let alone be reminded of it
		String aboutTheDirector = petitions.register(new Intake(Channel.LETTER, TODAY.minusDays(70),
				Reporter.ANONYMOUS, List.of(director.staffNo()), "来信反映其工作作风问题", "工作作风", null, null),
				Court.supervisor()).number();
		Set<String> ours = Set.of(handled, unassigned, aboutTheDirector);

		assertEquals(Set.of(handled), keys(mine(Court.supervisor(), ours)));
		assertEquals(Set.of(handled, unassigned), keys(mine(director, ours)));
		assertEquals(Set.of(), keys(mine(Court.leader(), ours)), "may see petitions, handles none");
		assertEquals(Set.of(), keys(mine(Court.login(DemoAccounts.STAFF), ours)));
		assertTrue(mine(director, Set.of(aboutTheDirector)).isEmpty());
	}

	@Test
	void theWindowIsConfiguredInTheDataFolderAndABadValueIsNamed() throws IOException {
		String inThreeDays = assigned(TODAY.plusDays(3));
		Path settings = DataFolder.get().resolve("petitions.properties");
		assertTrue(Files.notExists(settings), "the test owns the settings file");
		try {
			Files.writeString(settings, "reminder.days=2\n", StandardCharsets.UTF_8);
			assertTrue(mine(Court.supervisor(), Set.of(inThreeDays)).isEmpty());
			Files.writeString(settings, "reminder.days=3\n", StandardCharsets.UTF_8);
			assertEquals(1, mine(Court.supervisor(), Set.of(inThreeDays)).size());
			Files.writeString(settings, "reminder.days=一周\n", StandardCharsets.UTF_8);
			ValidationException bad = assertThrows(ValidationException.class,
					() -> mine(Court.supervisor(), Set.of(inThreeDays)));
			assertTrue(bad.getMessage().contains("petitions.properties") && bad.getMessage().contains("reminder.days"),
					bad.getMessage());
		} finally {
			Files.deleteIfExists(settings);
		}
	}

	private String assigned(LocalDate deadline) {
		String number = register(deadline, Court.judges(2).subList(1, 2));
		petitions.assign(number, Court.seen(number), List.of(DemoAccounts.SUPERVISOR), Court.director());
		return number;
	}

	/** A referral: its deadline is the referring authority's, so the test sets it exactly. */
	private String register(LocalDate deadline, List<String> reported) {
		Petition p = petitions.register(new Intake(Channel.REFERRAL, RECEIVED, Reporter.ANONYMOUS, reported,
				"上级转办：反映其执行案件久拖不结", "执行问题", "市中级人民法院", deadline), Court.director());
		assertEquals(deadline, p.deadline());
		return p.number();
	}

	private static List<Reminder> mine(Principal viewer, Set<String> ours) {
		return mine(viewer, ours, TODAY);
	}

	private static List<Reminder> mine(Principal viewer, Set<String> ours, LocalDate today) {
		ReminderSource source = Osgi.service(ReminderSource.class);
		assertEquals("petitions.deadlines", source.id());
		return source.reminders(viewer, today).stream().filter(r -> ours.contains(r.key())).toList();
	}

	private static Set<String> keys(List<Reminder> reminders) {
		return Set.copyOf(reminders.stream().map(Reminder::key).toList());
	}
}
