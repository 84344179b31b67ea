package ducha.study.internal.ledger;

import java.time.LocalDate;
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
import ducha.study.Review;
import ducha.study.StudyPermissions;
import ducha.study.internal.jpa.ReviewEntity;
import ducha.study.internal.reviews.Messages;
import ducha.study.internal.reviews.ReviewsUnit;

/**
 * 月调阅登记台账 ({@code study.reviews}): the reviews carried out, keyed by 编号; their problems are the
 * {@link ReviewProblemLedger} (import this one first). Importing needs {@link StudyPermissions#REVIEWS_ASSIGN},
 * exporting {@link StudyPermissions#REVIEWS_READ_ALL}. Re-importing a review keeps its problems.
 */
@Component(service = LedgerKind.class)
public class ReviewLedger extends StudyLedger<Review> {

	static final LedgerColumn NO = new LedgerColumn("recordNo", "编号", true, "DY2024-001", "调阅记录的固定编号");
	static final LedgerColumn MONTH = new LedgerColumn("month", "月份", true, "2024-03", "所执行的调阅安排的月份");
	static final LedgerColumn REVIEWER = new LedgerColumn("reviewer", "调阅人工号", true, "10001", "须已在干警名册中");
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "被调阅部门", true, "刑事审判庭", "部门名称或编码");
	static final LedgerColumn DATE = new LedgerColumn("date", "调阅日期", true, "2024-03-25", "不早于所属月份的第一天，不晚于今天");
	static final LedgerColumn STAFF = new LedgerColumn("coveredStaff", "调阅干警工号", true, "20001、20002",
			"被调阅学习记录的干警工号（人次），须为被调阅部门的干警，用顿号、逗号或空格分隔");

	@Activate
	public ReviewLedger(@Reference ReviewsUnit unit) {
		super(unit, "study.reviews", "月调阅登记台账", List.of(NO, MONTH, REVIEWER, DEPARTMENT, DATE, STAFF), NO,
				StudyPermissions.REVIEWS_ASSIGN, StudyPermissions.REVIEWS_READ_ALL);
	}

	@Override
	protected Review parse(LedgerRowValidator v, LedgerRow row) {
		YearMonth month = month(v, row, MONTH);
		Staff reviewer = v.staff(row, REVIEWER, directory());
		String department = v.department(row, DEPARTMENT, directory());
		LocalDate date = v.date(row, DATE, LocalDate.now());
		List<String> covered = staffList(v, row, STAFF);
		if (month != null && date != null && date.isBefore(month.atDay(1))) {
			v.problem(row, DATE, NLS.bind(Messages.reviewBeforeMonth, date, month));
		}
		if (department != null) {
			List<String> elsewhere = covered.stream().filter(no -> directory().staff(no)
					.filter(s -> !s.departmentCode().equals(department)).isPresent()).toList();
			if (!elsewhere.isEmpty()) {
				v.problem(row, STAFF, NLS.bind(Messages.ledgerStaffElsewhere, String.join("、", elsewhere),
						unit.departmentName(department)));
			}
		}
		if (v.hasProblems(row)) {
			return null;
		}
		return new Review(0, row.get(NO.key()), month, reviewer.staffNo(), department, date, covered, List.of());
	}

	@Override
	protected Stored upsert(EntityManager em, Review review) {
		return insertOrUpdate(em, byKey(em, ReviewEntity.class, "recordNo", review.recordNo()),
				() -> new ReviewEntity(review), e -> e.update(review));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		DepartmentNames names = directory().departmentNames();
		return em.createQuery("select r from ReviewEntity r order by r.recordNo", ReviewEntity.class).getResultList()
				.stream().map(ReviewEntity::toRecord)
				.map(r -> List.of(r.recordNo(), r.month().toString(), r.reviewerStaffNo(),
						names.name(r.departmentCode()), r.date().toString(), staffCell(r.coveredStaff())))
				.toList();
	}
}
