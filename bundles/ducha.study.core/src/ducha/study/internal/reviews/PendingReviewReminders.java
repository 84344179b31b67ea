package ducha.study.internal.reviews;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.study.ReviewAssignment;
import ducha.study.StudyTargets;

/**
 * The month's reviews still to be carried out, due on the month's last day: a reviewer's own, to the office all
 * of them.
 */
@Component
public class PendingReviewReminders implements ReminderSource {

	public static final String ID = "study.reviews";

	@Reference
	private PendingReviews pending;

	@Reference
	private ReviewsUnit unit;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Reminder> reminders(Principal viewer, LocalDate today) {
		YearMonth month = YearMonth.from(today);
		LocalDate due = month.atEndOfMonth();
		return pending.of(month, viewer).stream().map(a -> reminder(a, due, today)).toList();
	}

	private Reminder reminder(ReviewAssignment a, LocalDate due, LocalDate today) {
		String department = unit.departmentName(a.departmentCode());
		String title = Reminder.deadlineTitle(department, due, today, null, Messages.reminderToday,
				Messages.reminderDue);
		String reviewer = unit.directory.staff(a.reviewerStaffNo()).map(s -> s.name()).orElse(a.reviewerStaffNo());
		return new Reminder(ID, a.month() + ":" + a.departmentCode(), Reminder.urgencyOf(due, today), title,
				NLS.bind(Messages.reminderDetail, a.month(), reviewer), due, StudyTargets.REVIEWS);
	}
}
