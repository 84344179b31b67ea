package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.petitions.Petition;
import ducha.petitions.PetitionState;
import ducha.petitions.PetitionTargets;
import ducha.petitions.internal.jpa.PetitionEntity;

/**
 * 信访件办理期限: the open petitions (not yet disposed) whose deadline passed or falls within the configured days
 * ({@code reminder.days} in petitions.properties). Only the people who work on a petition are reminded of it: its
 * assigned handlers and the office director; never a staff member the petition names, whatever their role.
 */
@Component
public class PetitionReminders implements ReminderSource {

	static final String ID = "petitions.deadlines";

	private static final List<PetitionState> OPEN = Stream.of(PetitionState.values()).filter(PetitionState::open)
			.toList();

	@Reference
	private PetitionsUnit unit;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Reminder> reminders(Principal viewer, LocalDate today) {
		PetitionAccess access = unit.access();
		LocalDate until = today.plusDays(DeadlineSettings.reminderDays());
		List<Petition> due = Jpa.read(unit.emf(), em -> em.createQuery(
				"select p from PetitionEntity p where p.state in :open and p.deadline <= :until", PetitionEntity.class)
				.setParameter("open", OPEN).setParameter("until", until).getResultList().stream()
				.filter(p -> access.maySee(viewer, p) && access.mayWork(viewer, p)).map(PetitionEntity::toRecord)
				.toList());
		return due.stream().sorted(Comparator.comparing(Petition::deadline).thenComparing(Petition::number))
				.map(p -> reminder(p, today)).sorted(Comparator.comparing(Reminder::urgency)).toList();
	}

	private static Reminder reminder(Petition p, LocalDate today) {
		String title = Reminder.deadlineTitle(p.number(), p.deadline(), today, Messages.reminderOverdue,
				Messages.reminderToday, Messages.reminderDue);
		// what the handler needs to find it; never the reporter nor the staff reported
		String detail = NLS.bind(Messages.reminderDetail,
				new Object[] { p.channel().label(), p.category(), p.state().label(), p.deadline() });
		return new Reminder(ID, p.number(), Reminder.urgencyOf(p.deadline(), today), title, detail, p.deadline(),
				PetitionTargets.LIST);
	}
}
