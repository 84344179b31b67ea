package ducha.team.internal.mentoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.team.Mentorship;
import ducha.team.Milestone;
import ducha.team.TeamTargets;
import ducha.team.internal.jpa.MentorshipEntity;
import ducha.team.internal.meetings.MeetingsContext;

/** Milestones of training plans past their due date, of the mentorships not signed off; oldest first. */
@Component
public class OverdueMilestoneReminders implements ReminderSource {

	public static final String ID = "team.mentoring-milestones";

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
		List<Mentorship> open = Jpa.read(context.emf,
				em -> em.createQuery("select m from MentorshipEntity m where m.signedOffOn is null",
						MentorshipEntity.class).getResultList().stream().map(MentorshipEntity::toRecord).toList());
		List<Reminder> reminders = new ArrayList<>();
		for (Mentorship m : open) {
			for (int i = 0; i < m.milestones().size(); i++) {
				Milestone milestone = m.milestones().get(i);
				if (milestone.overdue(today)) {
					reminders.add(new Reminder(ID, m.id() + ":" + (i + 1), Reminder.Urgency.OVERDUE,
							NLS.bind(Messages.reminderOverdue, milestone.title(),
									ChronoUnit.DAYS.between(milestone.due(), today)),
							NLS.bind(Messages.reminderDetail, context.staffName(m.traineeStaffNo()),
									context.staffName(m.mentorStaffNo())),
							milestone.due(), TeamTargets.MENTORING));
				}
			}
		}
		reminders.sort(Comparator.comparing(Reminder::due));
		return reminders;
	}
}
