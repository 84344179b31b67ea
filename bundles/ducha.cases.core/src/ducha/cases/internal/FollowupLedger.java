package ducha.cases.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.RectificationFollowup;
import ducha.cases.ReviewFinding;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import jakarta.persistence.EntityManager;

/**
 * 整改跟踪台账 ({@code cases.followups}): rectification follow-ups of review findings, followed by the department's
 * integrity supervisor until verified closed. A row names its finding like the talks ledger; one follow-up per
 * finding and opening day, upserted by them; 核查销号日期 closes it.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class FollowupLedger extends FindingActionLedger<FollowupLedger.Row, FollowupEntity> {

	static final String ID = "cases.followups";

	static final LedgerColumn CASE = new LedgerColumn("caseNo", "案号", true, "（2024）川0724民初1234号",
			"评查问题所在案件的案号");
	static final LedgerColumn TYPE = new LedgerColumn("type", "问题类型", false, "瑕疵案件",
			"同一干警在该案有多个评查问题时必填：" + TYPES);
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "责任人工号", true, "10023", "评查问题的责任人");
	static final LedgerColumn OPENED = new LedgerColumn("openedDate", "开始日期", true, "2024-03-08",
			"不早于发现问题的日期，不晚于今天");
	static final LedgerColumn SUPERVISOR = new LedgerColumn("supervisorNo", "跟踪督察员工号", true, "10031",
			"所在部门的廉政监察员");
	static final LedgerColumn MEASURES = new LedgerColumn("measures", "整改措施", true, "组织庭内学习相关规范，提交整改报告",
			"最多 2000 字").limit(2000);
	static final LedgerColumn VERIFIED = new LedgerColumn("verifiedDate", "核查销号日期", false, "",
			"整改核查完毕的日期；不早于开始日期，不晚于今天");
	static final LedgerColumn VERIFICATION = new LedgerColumn("verification", "核查情况", false, "",
			"填写核查销号日期时必填，最多 1000 字").limit(1000);

	private static final List<LedgerColumn> COLUMNS = List.of(CASE, TYPE, STAFF, OPENED, SUPERVISOR, MEASURES,
			VERIFIED, VERIFICATION);

	/** One row: the follow-up as the file states it, and the finding it names once {@link #check} found it. */
	record Row(FindingKey key, LocalDate opened, String supervisorNo, String measures, LocalDate verified,
			String verification, FindingEntity finding) implements FindingActionLedger.ActionRow<Row> {

		@Override
		public LocalDate day() {
			return opened;
		}

		@Override
		public Row of(FindingEntity found) {
			return new Row(key, opened, supervisorNo, measures, verified, verification, found);
		}
	}

	@Reference
	private CasesUnit support;

	public FollowupLedger() {
		super(ID, "整改跟踪台账", COLUMNS, CASE, TYPE, STAFF, FollowupEntity.class, "openedDate", OPENED,
				"开始的整改跟踪");
	}

	@Override
	CasesUnit support() {
		return support;
	}

	@Override
	protected Row parse(LedgerRowValidator v, LedgerRow row) {
		LocalDate today = LocalDate.now();
		FindingKey key = findingKey(v, row);
		LocalDate opened = v.date(row, OPENED, today);
		Staff supervisor = staff(v, row, SUPERVISOR);
		String measures = v.text(row, MEASURES);
		LocalDate verified = v.date(row, VERIFIED, today);
		String verification = v.text(row, VERIFICATION);
		if (verified != null && opened != null && verified.isBefore(opened)) {
			v.problem(row, VERIFIED, NLS.bind(Messages.verifiedBeforeOpenedRow, verified, opened));
		}
		if (verified != null && verification == null) {
			v.problem(row, VERIFICATION, Messages.verificationMissing);
		}
		if (verification != null && row.get(VERIFIED.key()) == null) {
			v.problem(row, VERIFIED, Messages.verifiedDateMissing);
		}
		return v.hasProblems(row) ? null
				: new Row(key, opened, supervisor.staffNo(), measures, verified, verification, null);
	}

	@Override
	protected Stored upsert(EntityManager em, Row r) {
		FindingEntity f = r.finding();
		FollowupEntity entity = stored(em, r);
		Stored outcome = entity == null ? Stored.INSERTED : Stored.UPDATED;
		if (entity == null) {
			entity = new FollowupEntity(f.id(), r.opened(), r.supervisorNo(), f.staffNo(), r.measures());
			em.persist(entity);
		} else {
			entity.update(r.supervisorNo(), r.measures());
		}
		if (r.verified() != null) {
			// a file without the date never reopens a follow-up verified since it was exported
			entity.verify(r.verified(), r.verification());
		}
		return outcome;
	}

	@Override
	List<String> cells(FollowupEntity followup, ReviewFinding f) {
		RectificationFollowup u = followup.toFollowup();
		return List.of(f.caseNo(), f.type().label(), u.staffNo(), u.openedDate().toString(), u.supervisorNo(),
				u.measures(), cell(u.verifiedDate()), cell(u.verification()));
	}
}
