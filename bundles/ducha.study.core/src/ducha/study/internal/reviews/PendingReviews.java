package ducha.study.internal.reviews;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.study.ReviewAssignment;
import ducha.study.StudyPermissions;

/**
 * The month's assigned reviews not yet recorded (no review of the department in that month), as the home tile and
 * the reminders show them: to the office every line, to a reviewer their own lines, to anyone else none.
 */
@Component(service = PendingReviews.class)
public class PendingReviews {

	@Reference
	private ReviewsUnit unit;

	/** Whether the viewer is shown anything: the office or a reviewer. */
	boolean concerns(Principal viewer) {
		return unit.authorization.isPermitted(viewer, StudyPermissions.REVIEWS_WRITE)
				|| unit.authorization.isPermitted(viewer, StudyPermissions.REVIEWS_READ_ALL);
	}

	List<ReviewAssignment> of(YearMonth month, Principal viewer) {
		if (!concerns(viewer)) {
			return List.of();
		}
		boolean office = unit.authorization.isPermitted(viewer, StudyPermissions.REVIEWS_READ_ALL)
				|| unit.authorization.isPermitted(viewer, StudyPermissions.REVIEWS_ASSIGN);
		Set<String> reviewed = Jpa.read(unit.emf, em -> em.createQuery(
				"select distinct r.departmentCode from ReviewEntity r where r.month = :month", String.class)
				.setParameter("month", month.toString()).getResultList()).stream().collect(Collectors.toSet());
		return unit.assignments(month).stream().filter(a -> !reviewed.contains(a.departmentCode()))
				.filter(a -> office || a.reviewerStaffNo().equals(viewer.staffNo())).toList();
	}
}
