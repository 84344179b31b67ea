package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.team.RosterEntry;
import ducha.team.RosterService;
import ducha.team.TeamTargets;

/** Appointments ending within {@value #DAYS} days, so that the office appoints the successor in time. */
@Component
public class EndingAppointmentReminders implements ReminderSource {

	static final int DAYS = 30;

	@Reference
	private RosterContext context;

	@Reference
	private RosterService roster;

	@Override
	public String id() {
		return "team.roster";
	}

	@Override
	public List<Reminder> reminders(Principal viewer, LocalDate today) {
		if (!context.mayRead(viewer)) {
			return List.of();
		}
		return roster.roster(today, viewer).stream()
				.filter(e -> e.assignment().endDate() != null
						&& !e.assignment().endDate().isAfter(today.plusDays(DAYS)))
				.sorted(Comparator.comparing(e -> e.assignment().endDate())).map(e -> reminder(e, today)).toList();
	}

	private Reminder reminder(RosterEntry e, LocalDate today) {
		String what = e.staffName() + " " + e.assignment().role().label()
				+ (e.assignment().departmentCode() == null ? ""
						: "（" + context.departmentName(e.assignment().departmentCode()) + "）");
		LocalDate last = e.assignment().endDate();
		return new Reminder(id(), "ends:" + e.id(), Reminder.Urgency.DUE_SOON,
				Reminder.deadlineTitle(what, last, today, null, Messages.reminderEndsToday, Messages.reminderEndsIn),
				Language.format(Messages.reminderDetail, last), last, TeamTargets.ROSTER);
	}
}
