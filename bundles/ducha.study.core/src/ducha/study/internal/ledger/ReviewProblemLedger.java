package ducha.study.internal.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.study.ReviewProblem;
import ducha.study.StudyPermissions;
import ducha.study.internal.jpa.ReviewEntity;
import ducha.study.internal.jpa.ReviewProblemEntity;
import ducha.study.internal.reviews.Messages;
import ducha.study.internal.reviews.ReviewsUnit;

/**
 * 调阅问题台账 ({@code study.review-problems}): the problems the reviews found, keyed by the review's 编号 and the
 * problem's 序号 in it. The review must be stored already (import {@link ReviewLedger} first). Importing needs
 * {@link StudyPermissions#REVIEWS_ASSIGN}, exporting {@link StudyPermissions#REVIEWS_READ_ALL}.
 */
@Component(service = LedgerKind.class)
public class ReviewProblemLedger extends StudyLedger<ReviewProblemLedger.ProblemRow> {

	static final LedgerColumn REVIEW = new LedgerColumn("reviewNo", "调阅编号", true, "DY2024-001",
			"问题所属调阅记录的编号，须已导入").limit(30);
	static final LedgerColumn POSITION = new LedgerColumn("problemNo", "序号", true, "1", "问题在该次调阅中的序号，从 1 起");
	static final LedgerColumn FINDING = new LedgerColumn("finding", "发现问题", true, "学习记录过于简单，未体现研讨内容", "")
			.limit(1000);
	static final LedgerColumn RECTIFICATION = new LedgerColumn("rectification", "整改要求", false,
			"补充研讨发言记录", "").limit(1000);
	static final LedgerColumn VERIFICATION = new LedgerColumn("verification", "整改核查情况", false, "已补充", "")
			.limit(1000);
	static final LedgerColumn VERIFIED_ON = new LedgerColumn("verifiedOn", "核查日期", false, "2024-04-10",
			"填写整改核查情况时必填，不晚于今天");

	/** One row: the problem, the review it belongs to and its number there. */
	record ProblemRow(String reviewNo, int problemNo, ReviewProblem problem) {
	}

	@Activate
	public ReviewProblemLedger(@Reference ReviewsUnit unit) {
		super(unit, "study.review-problems", "调阅问题台账",
				List.of(REVIEW, POSITION, FINDING, RECTIFICATION, VERIFICATION, VERIFIED_ON), null,
				StudyPermissions.REVIEWS_ASSIGN, StudyPermissions.REVIEWS_READ_ALL);
	}

	@Override
	protected ProblemRow parse(LedgerRowValidator v, LedgerRow row) {
		String reviewNo = v.text(row, REVIEW);
		Integer position = v.integer(row, POSITION);
		if (position != null && position < 1) {
			v.problem(row, POSITION, NLS.bind(Messages.ledgerBadPosition, position));
		}
		if (reviewNo != null && position != null) {
			v.unique(row, POSITION, reviewNo + " " + position);
		}
		String finding = v.text(row, FINDING);
		String rectification = v.text(row, RECTIFICATION);
		String verification = v.text(row, VERIFICATION);
		LocalDate verifiedOn = v.date(row, VERIFIED_ON, LocalDate.now());
		if (verification != null && row.get(VERIFIED_ON.key()) == null) {
			v.problem(row, VERIFIED_ON, NLS.bind(Messages.ledgerVerifiedOnMissing, VERIFICATION.header()));
		}
		if (v.hasProblems(row)) {
			return null;
		}
		return new ProblemRow(reviewNo, position,
				new ReviewProblem(0, finding, rectification, verification, verifiedOn));
	}

	@Override
	protected List<ProblemRow> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<ProblemRow> records) {
		for (int i = 0; i < records.size(); i++) {
			ProblemRow r = records.get(i);
			ReviewEntity review = byKey(em, ReviewEntity.class, "recordNo", r.reviewNo());
			if (review == null) {
				v.problem(rows.get(i), REVIEW, NLS.bind(Messages.ledgerNoSuchReview, r.reviewNo()));
			} else if (r.problem().verifiedOn() != null && r.problem().verifiedOn().isBefore(review.toRecord().date())) {
				v.problem(rows.get(i), VERIFIED_ON,
						NLS.bind(Messages.verifyBeforeReview, r.problem().verifiedOn(), review.toRecord().date()));
			}
		}
		return records;
	}

	@Override
	protected Stored upsert(EntityManager em, ProblemRow row) {
		ReviewEntity review = byKey(em, ReviewEntity.class, "recordNo", row.reviewNo());
		return insertOrUpdate(em, review.problem(row.problemNo()), () -> review.put(row.problemNo(), row.problem()),
				p -> p.update(row.problem()));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		List<List<String>> rows = new ArrayList<>();
		for (ReviewEntity review : em.createQuery("select r from ReviewEntity r order by r.recordNo",
				ReviewEntity.class).getResultList()) {
			for (ReviewProblemEntity p : review.problems()) {
				ReviewProblem problem = p.toRecord();
				rows.add(List.of(review.toRecord().recordNo(), String.valueOf(p.problemNo()), problem.finding(),
						cell(problem.rectification()), cell(problem.verification()), cell(problem.verifiedOn())));
			}
		}
		return rows;
	}
}
