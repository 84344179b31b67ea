package ducha.study.internal.reviews;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.DuchaException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.DocumentService;
import ducha.core.documents.NumberingService;
import ducha.core.documents.OfficialDocument;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.study.Review;
import ducha.study.ReviewAssignment;
import ducha.study.ReviewFilter;
import ducha.study.ReviewProblem;
import ducha.study.ReviewRotation;
import ducha.study.ReviewService;
import ducha.study.RotationProposal;
import ducha.study.StudyPermissions;
import ducha.study.internal.jpa.AssignmentEntity;
import ducha.study.internal.jpa.ReviewEntity;
import ducha.study.internal.jpa.ReviewProblemEntity;

/** Assignments on {@code study_review_assignment}, reviews on {@code study_review} and its problems. */
@Component
public class DefaultReviewService implements ReviewService {

	private static final String OBJECT = "study-review";

	/** Reads the staff list of a department a review covers (see {@link #coverable}). */
	private static final Principal DIRECTORY_READER = Principal.system("study.reviews");

	@Reference
	private ReviewsUnit unit;

	@Reference
	private Reviewers reviewers;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile DocumentService documents;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile NumberingService numbering;

	@Override
	public RotationProposal propose(YearMonth month, Principal actor) {
		unit.authorization.check(actor, StudyPermissions.REVIEWS_ASSIGN);
		List<String> departments = unit.directory.departments().stream().filter(Department::active)
				.map(Department::code).toList();
		List<ReviewAssignment> history = Jpa.read(unit.emf, em -> em.createQuery(
				"select a from AssignmentEntity a where a.month < :month order by a.month, a.id", AssignmentEntity.class)
				.setParameter("month", month.toString()).getResultList().stream().map(AssignmentEntity::toRecord)
				.toList());
		return ReviewRotation.propose(month, reviewers.of(month), departments, history);
	}

	@Override
	public List<ReviewAssignment> saveAssignments(YearMonth month, List<ReviewAssignment> lines, Principal actor) {
		unit.authorization.check(actor, StudyPermissions.REVIEWS_ASSIGN);
		checkLines(month, lines);
		List<ReviewAssignment> stored = Jpa.write(unit.emf, em -> {
			em.createQuery("delete from AssignmentEntity a where a.month = :month")
					.setParameter("month", month.toString()).executeUpdate();
			List<AssignmentEntity> rows = lines.stream().map(AssignmentEntity::new).toList();
			rows.forEach(em::persist);
			em.flush();
			List<ReviewAssignment> done = rows.stream().map(AssignmentEntity::toRecord).toList();
			unit.audit(em, actor, "study.assignment.save", OBJECT, month.toString(), String.join("，", done.stream()
					.map(a -> a.reviewerStaffNo() + "→" + unit.departmentName(a.departmentCode())).toList()));
			return done;
		});
		return sorted(stored);
	}

	/** Every refused line, named. */
	private void checkLines(YearMonth month, List<ReviewAssignment> lines) {
		Checks checks = new Checks();
		Set<String> departments = new HashSet<>();
		for (ReviewAssignment line : lines) {
			String reviewer = line.reviewerStaffNo();
			String department = line.departmentCode();
			if (!line.month().equals(month)) {
				checks.fail(NLS.bind(Messages.assignOtherMonth, line.month(), month));
			}
			if (unit.directory.department(department).isEmpty()) {
				checks.fail(NLS.bind(Messages.unknownDepartment, department));
			} else if (!departments.add(department)) {
				checks.fail(NLS.bind(Messages.assignTwice, unit.departmentName(department)));
			}
			if (unit.directory.staff(reviewer).isEmpty()) {
				checks.fail(NLS.bind(Messages.unknownStaff, reviewer));
				continue;
			}
			if (!reviewers.holdsRoleIn(reviewer, month)) {
				checks.fail(NLS.bind(Messages.assignNotReviewer, reviewer, month));
			}
			if (department.equals(reviewers.ownDepartment(reviewer))) {
				checks.fail(NLS.bind(Messages.assignOwnDepartment, reviewer, unit.departmentName(department)));
			}
		}
		checks.throwIfAny();
	}

	@Override
	public List<ReviewAssignment> assignments(YearMonth month, Principal reader) {
		if (!isAny(reader, StudyPermissions.REVIEWS_READ_ALL, StudyPermissions.REVIEWS_ASSIGN,
				StudyPermissions.REVIEWS_WRITE)) {
			unit.authorization.check(reader, StudyPermissions.REVIEWS_READ_ALL);
		}
		return sorted(unit.assignments(month));
	}

	private List<ReviewAssignment> sorted(List<ReviewAssignment> lines) {
		DepartmentNames names = unit.directory.departmentNames();
		List<String> order = names.sorted(lines.stream().map(ReviewAssignment::departmentCode).distinct().toList());
		return lines.stream().sorted(Comparator.comparing((ReviewAssignment a) -> order.indexOf(a.departmentCode()))
				.thenComparing(ReviewAssignment::reviewerStaffNo)).toList();
	}

	@Override
	public Review record(Review review, Principal actor) {
		checkMayWrite(actor, review);
		validate(review);
		Review stored = Jpa.write(unit.emf, em -> {
			String no = review.recordNo() == null || review.recordNo().isBlank()
					? RecordNumbers.next(em, "ReviewEntity", "DY", review.date().getYear())
					: review.recordNo().strip();
			if (find(em, no) != null) {
				throw new ValidationException(NLS.bind(Messages.reviewNumberTaken, no));
			}
			ReviewEntity entity = new ReviewEntity(new Review(0, no, review.month(), review.reviewerStaffNo(),
					review.departmentCode(), review.date(), review.coveredStaff(), review.problems()));
			em.persist(entity);
			em.flush();
			Review done = entity.toRecord();
			unit.audit(em, actor, "study.review.record", OBJECT, done.recordNo(), done.month() + " "
					+ done.reviewerStaffNo() + " 调阅 " + unit.departmentName(done.departmentCode()) + "，"
					+ done.personTimes() + " 人次，问题 " + done.problems().size() + " 个");
			return done;
		});
		return stored;
	}

	/** The office records any review; a political supervisor only one assigned to them, as its reviewer. */
	private void checkMayWrite(Principal actor, Review review) {
		checkMayWrite(actor, review.month(), review.reviewerStaffNo(), review.departmentCode());
	}

	private void checkMayWrite(Principal actor, YearMonth month, String reviewer, String departmentCode) {
		unit.authorization.check(actor, StudyPermissions.REVIEWS_WRITE);
		if (unit.authorization.isPermitted(actor, StudyPermissions.REVIEWS_ASSIGN)) {
			return;
		}
		if (!reviewer.equals(actor.staffNo()) || !unit.assigned(actor.staffNo(), month, departmentCode)) {
			throw new AccessDeniedException(NLS.bind(Messages.deniedNotAssigned, month,
					unit.departmentName(departmentCode)));
		}
	}

	@Override
	public List<Staff> coverable(YearMonth month, String departmentCode, Principal actor) {
		checkMayWrite(actor, month, actor.staffNo() == null ? "" : actor.staffNo(), departmentCode);
		// the assignment is the reviewer's access to the department: its staff are listed whatever the scope
		return unit.directory.staff(new StaffQuery(departmentCode, EmploymentStatus.ACTIVE, null), DIRECTORY_READER);
	}

	private void validate(Review r) {
		Checks checks = new Checks();
		if (unit.directory.department(r.departmentCode()).isEmpty()) {
			checks.fail(NLS.bind(Messages.unknownDepartment, r.departmentCode()));
		}
		if (unit.directory.staff(r.reviewerStaffNo()).isEmpty()) {
			checks.fail(NLS.bind(Messages.unknownStaff, r.reviewerStaffNo()));
		}
		checks.text(r.recordNo(), Messages.fieldRecordNo, 30, false);
		if (r.date().isBefore(r.month().atDay(1))) {
			checks.fail(NLS.bind(Messages.reviewBeforeMonth, r.date(), r.month()));
		}
		checks.notFuture(r.date(), Messages.fieldReviewDate);
		if (r.coveredStaff().isEmpty()) {
			checks.fail(Messages.reviewNoStaff);
		}
		Set<String> seen = new HashSet<>();
		for (String no : r.coveredStaff()) {
			Staff staff = unit.directory.staff(no).orElse(null);
			if (!seen.add(no)) {
				checks.fail(NLS.bind(Messages.reviewStaffTwice, no));
			} else if (staff == null) {
				checks.fail(NLS.bind(Messages.unknownStaff, no));
			} else if (!staff.departmentCode().equals(r.departmentCode())) {
				checks.fail(NLS.bind(Messages.reviewStaffElsewhere, new Object[] { no, staff.name(),
						unit.departmentName(r.departmentCode()) }));
			}
		}
		for (ReviewProblem p : r.problems()) {
			checks.text(p.finding(), Messages.fieldFinding, 1000, true);
			checks.text(p.rectification(), Messages.fieldRectification, 1000, false);
			checks.text(p.verification(), Messages.fieldVerification, 1000, false);
		}
		checks.throwIfAny();
	}

	@Override
	public Review verify(long problemId, long seenVersion, String verification, LocalDate verifiedOn,
			Principal actor) {
		Review review = Jpa.read(unit.emf, em -> problem(em, problemId).review().toRecord());
		checkMayWrite(actor, review);
		Checks checks = new Checks();
		checks.text(verification, Messages.fieldVerification, 1000, true);
		if (verifiedOn == null) {
			checks.fail(NLS.bind(Messages.checkRequired, Messages.fieldVerifiedOn));
		} else if (verifiedOn.isBefore(review.date())) {
			checks.fail(NLS.bind(Messages.verifyBeforeReview, verifiedOn, review.date()));
		}
		checks.notFuture(verifiedOn, Messages.fieldVerifiedOn);
		checks.throwIfAny();
		Review verified = Jpa.write(unit.emf, em -> {
			ReviewProblemEntity problem = problem(em, problemId);
			ReviewProblem p = problem.toRecord();
			Versions.expect(problem.version(), seenVersion, unit.audit, OBJECT, review.recordNo(),
					NLS.bind(Messages.problemLabel, review.recordNo()));
			problem.update(new ReviewProblem(p.id(), p.finding(), p.rectification(), verification.strip(), verifiedOn));
			unit.audit(em, actor, "study.review.verify", OBJECT, review.recordNo(),
					"问题 " + problemId + " 于 " + verifiedOn + " 核查：" + verification.strip());
			em.flush();
			return problem.review().toRecord();
		});
		return verified;
	}

	private static ReviewProblemEntity problem(EntityManager em, long id) {
		ReviewProblemEntity problem = em.find(ReviewProblemEntity.class, id);
		if (problem == null) {
			throw new NotFoundException(NLS.bind(Messages.problemNotFound, id));
		}
		return problem;
	}

	@Override
	public List<Review> reviews(ReviewFilter filter, Principal reader) {
		boolean all = unit.authorization.isPermitted(reader, StudyPermissions.REVIEWS_READ_ALL);
		if (!all && !isAny(reader, StudyPermissions.REVIEWS_WRITE, StudyPermissions.RECORDS_READ)) {
			unit.authorization.check(reader, StudyPermissions.REVIEWS_READ_ALL);
		}
		List<Review> matching = Jpa.read(unit.emf, em -> {
			StringBuilder jpql = new StringBuilder("select r from ReviewEntity r where 1 = 1");
			if (filter.month() != null) {
				jpql.append(" and r.month = :month");
			}
			if (filter.departmentCode() != null) {
				jpql.append(" and r.departmentCode = :department");
			}
			var query = em.createQuery(jpql.append(" order by r.month, r.departmentCode, r.recordNo").toString(),
					ReviewEntity.class);
			if (filter.month() != null) {
				query.setParameter("month", filter.month().toString());
			}
			if (filter.departmentCode() != null) {
				query.setParameter("department", filter.departmentCode());
			}
			return query.getResultList().stream().map(ReviewEntity::toRecord).toList();
		});
		return all ? matching : matching.stream().filter(r -> visible(r, reader)).toList();
	}

	/** A reviewer sees their reviews and the reviews of what is assigned to them, a department head their own. */
	private boolean visible(Review review, Principal reader) {
		return review.reviewerStaffNo().equals(reader.staffNo())
				|| unit.assigned(reader.staffNo(), review.month(), review.departmentCode())
				|| reader.has(Role.DEPARTMENT_HEAD) && reader.scope().includes(review.departmentCode());
	}

	private boolean isAny(Principal principal, String... permissions) {
		for (String permission : permissions) {
			if (unit.authorization.isPermitted(principal, permission)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public OfficialDocument feedback(YearMonth month, String departmentCode, DocumentFormat format, OutputStream out,
			Principal actor) throws IOException {
		unit.authorization.check(actor, StudyPermissions.REVIEWS_ASSIGN);
		DocumentService writer = documents;
		NumberingService numbers = numbering;
		if (writer == null || numbers == null) {
			throw new DuchaException(NLS.bind(Messages.documentsUnavailable, format));
		}
		// composed (and refused) before a number is taken, so a refusal uses up none
		OfficialDocument draft = feedbackDraft(month, departmentCode, actor);
		DocumentNumber number = numbers.issue(FEEDBACK_KIND, month.getYear(), draft.title(), actor);
		OfficialDocument issued = new OfficialDocument(draft.title(), number.label(), draft.date(), draft.paragraphs(),
				draft.office());
		writer.write(issued, format, out);
		unit.auditUnchanged(actor, "study.review.feedback", "document",
				FEEDBACK_KIND + "/" + number.year() + "/" + number.number(), issued.title());
		return issued;
	}

	@Override
	public OfficialDocument feedbackDraft(YearMonth month, String departmentCode, Principal actor) {
		unit.authorization.check(actor, StudyPermissions.REVIEWS_ASSIGN);
		List<Review> reviews = reviews(new ReviewFilter(month, departmentCode), actor);
		if (reviews.isEmpty()) {
			throw new ValidationException(NLS.bind(Messages.feedbackNoReview, month,
					unit.departmentName(departmentCode)));
		}
		return FeedbackComposer.compose(month, unit.departmentName(departmentCode), reviews,
				no -> unit.directory.staff(no).map(Staff::name).orElse(no), LocalDate.now(), OFFICE);
	}

	@Override
	public boolean documentsAvailable() {
		return documents != null && numbering != null;
	}

	private static ReviewEntity find(EntityManager em, String recordNo) {
		return em.createQuery("select r from ReviewEntity r where r.recordNo = :no", ReviewEntity.class)
				.setParameter("no", recordNo).getResultList().stream().findFirst().orElse(null);
	}
}
