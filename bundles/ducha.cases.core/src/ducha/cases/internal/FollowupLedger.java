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
			Messages.colFindingCaseOf);
	static final LedgerColumn TYPE = new LedgerColumn("type", "问题类型", false, "瑕疵案件",
			NLS.bind(Messages.colTypeWhenSeveral, TYPES));
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "责任人工号", true, "10023", Messages.colResponsible);
	static final LedgerColumn OPENED = new LedgerColumn("openedDate", "开始日期", true, "2024-03-08",
			Messages.colAfterFinding);
	static final LedgerColumn SUPERVISOR = new LedgerColumn("supervisorNo", "跟踪督察员工号", true, "10031",
			Messages.colFollowupSupervisor);
	static final LedgerColumn MEASURES = new LedgerColumn("measures", "整改措施", true, "组织庭内学习相关规范，提交整改报告",
			Messages.colAtMost2000).limit(2000);
	static final LedgerColumn VERIFIED = new LedgerColumn("verifiedDate", "核查销号日期", false, "",
			Messages.colVerified);
	static final LedgerColumn VERIFICATION = new LedgerColumn("verification", "核查情况", false, "",
			Messages.colVerification).limit(1000);

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
