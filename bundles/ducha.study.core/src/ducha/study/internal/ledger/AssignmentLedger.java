package ducha.study.internal.ledger;

import java.time.YearMonth;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.study.ReviewAssignment;
import ducha.study.StudyPermissions;
import ducha.study.internal.jpa.AssignmentEntity;
import ducha.study.internal.reviews.Messages;
import ducha.study.internal.reviews.ReviewsUnit;

/**
 * 月调阅安排台账 ({@code study.review-assignments}): who reviewed which department in which month, one line per
 * month and department (the key). Importing needs {@link StudyPermissions#REVIEWS_ASSIGN}, exporting
 * {@link StudyPermissions#REVIEWS_READ_ALL}. A reviewer of their own department is refused; whether the reviewer
 * held the political supervisor's role then is not checked (a court importing past years may not have recorded
 * the roles of those years).
 */
@Component(service = LedgerKind.class)
public class AssignmentLedger extends StudyLedger<ReviewAssignment> {

	static final LedgerColumn MONTH = new LedgerColumn("month", "月份", true, "2024-03", "调阅的月份，如 2024-03 或 2024年3月");
	static final LedgerColumn REVIEWER = new LedgerColumn("reviewer", "调阅人工号", true, "10001",
			"政治督导员的工号，须已在干警名册中，不能调阅本部门");
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "被调阅部门", true, "刑事审判庭", "部门名称或编码");

	@Activate
	public AssignmentLedger(@Reference ReviewsUnit unit) {
		super(unit, "study.review-assignments", "月调阅安排台账", List.of(MONTH, REVIEWER, DEPARTMENT), null,
				StudyPermissions.REVIEWS_ASSIGN, StudyPermissions.REVIEWS_READ_ALL);
	}

	@Override
	protected ReviewAssignment parse(LedgerRowValidator v, LedgerRow row) {
		YearMonth month = month(v, row, MONTH);
		Staff reviewer = v.staff(row, REVIEWER, directory());
		String department = v.department(row, DEPARTMENT, directory());
		if (month != null && department != null) {
			v.unique(row, DEPARTMENT, month + " " + department);
		}
		if (reviewer != null && reviewer.departmentCode().equals(department)) {
			v.problem(row, DEPARTMENT, NLS.bind(Messages.assignOwnDepartment, reviewer.staffNo(),
					unit.departmentName(department)));
		}
		if (v.hasProblems(row)) {
			return null;
		}
		return ReviewAssignment.of(month, reviewer.staffNo(), department);
	}

	@Override
	protected Stored upsert(EntityManager em, ReviewAssignment line) {
		AssignmentEntity stored = em.createQuery("select a from AssignmentEntity a where a.month = :month"
				+ " and a.departmentCode = :department", AssignmentEntity.class)
				.setParameter("month", line.month().toString()).setParameter("department", line.departmentCode())
				.getResultList().stream().findFirst().orElse(null);
		if (stored != null) {
			em.remove(stored);
			em.flush();
		}
		em.persist(new AssignmentEntity(line));
		return stored == null ? Stored.INSERTED : Stored.UPDATED;
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		DepartmentNames names = directory().departmentNames();
		return em.createQuery("select a from AssignmentEntity a order by a.month, a.departmentCode",
				AssignmentEntity.class).getResultList().stream().map(AssignmentEntity::toRecord)
				.map(a -> List.of(a.month().toString(), a.reviewerStaffNo(), names.name(a.departmentCode()))).toList();
	}
}
