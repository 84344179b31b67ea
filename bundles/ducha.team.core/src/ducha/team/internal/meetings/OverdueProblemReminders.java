package ducha.team.internal.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.team.MeetingProblem;
import ducha.team.TeamTargets;
import ducha.team.internal.jpa.MeetingProblemEntity;

/** Work-meeting problems past their due date and not resolved, to those who read the meetings; oldest first. */
@Component
public class OverdueProblemReminders implements ReminderSource {

	public static final String ID = "team.meeting-problems";

	@Reference
	private MeetingsContext context;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Reminder> reminders(Principal viewer, LocalDate today) {
		if (!context.mayRead(viewer)) {
			return List.of();
		}
		return Jpa.read(context.emf, em -> Problems.all(em, true).stream().map(MeetingProblemEntity::toRecord)
				.filter(p -> p.overdue(today)).sorted(Comparator.comparing(MeetingProblem::due)).toList()).stream()
				.map(p -> reminder(p, today)).toList();
	}

	private Reminder reminder(MeetingProblem p, LocalDate today) {
		String title = NLS.bind(Messages.reminderOverdue, p.problemNo(), ChronoUnit.DAYS.between(p.due(), today));
		return new Reminder(ID, p.problemNo(), Reminder.Urgency.OVERDUE, title,
				NLS.bind(Messages.reminderDetail, new Object[] { context.departmentName(p.departmentCode()),
						context.staffName(p.ownerStaffNo()), p.description() }),
				p.due(), TeamTargets.MEETINGS);
	}
}
