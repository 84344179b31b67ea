package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.FindingType;
import ducha.cases.RectificationFollowup;
import ducha.cases.ReviewFinding;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * 整改跟踪台账 ({@code cases.followups}): rectification follow-ups of review findings, followed by the department's
 * integrity supervisor until verified closed. A row names its finding like the talks ledger; one follow-up per
 * finding and opening day, upserted by them; 核查销号日期 closes it.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class FollowupLedger extends RecordLedgerKind<FollowupLedger.Row> {

	static final String ID = "cases.followups";

	static final LedgerColumn CASE = new LedgerColumn("caseNo", "案号", true, "（2024）川0724民初1234号",
			"评查问题所在案件的案号");
	static final LedgerColumn TYPE = new LedgerColumn("type", "问题类型", false, "瑕疵案件",
			"同一干警在该案有多个评查问题时必填：" + ReviewLedgerSupport.TYPES);
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
	record Row(String caseNo, FindingType type, String staffNo, LocalDate opened, String supervisorNo, String measures,
			LocalDate verified, String verification, FindingEntity finding)
			implements ReviewLedgerSupport.FindingRow<Row> {

		@Override
		public LocalDate day() {
			return opened;
		}

		@Override
		public Row of(FindingEntity found) {
			return new Row(caseNo, type, staffNo, opened, supervisorNo, measures, verified, verification, found);
		}
	}

	@Reference
	private ReviewLedgerSupport support;

	public FollowupLedger() {
		super(ID, "整改跟踪台账", COLUMNS);
	}

	@Override
	protected LedgerStorage storage() {
		return support.storage();
	}

	@Override
	protected Row parse(LedgerRowValidator v, LedgerRow row) {
		LocalDate today = LocalDate.now();
		String caseNo = ReviewLedgerSupport.caseNo(v, row, CASE);
		FindingType type = ReviewLedgerSupport.type(v, row, TYPE);
		Staff staff = v.staff(row, STAFF, support.directory);
		LocalDate opened = v.date(row, OPENED, today);
		Staff supervisor = v.staff(row, SUPERVISOR, support.directory);
		String measures = v.text(row, MEASURES);
		LocalDate verified = v.date(row, VERIFIED, today);
		String verification = v.text(row, VERIFICATION);
		if (verified != null && opened != null && verified.isBefore(opened)) {
			v.problem(row, VERIFIED, "核查销号日期 " + verified + " 早于开始日期 " + opened);
		}
		if (verified != null && verification == null) {
			v.problem(row, VERIFICATION, "填写了核查销号日期，须写明核查情况");
		}
		if (verification != null && row.get(VERIFIED.key()) == null) {
			v.problem(row, VERIFIED, "写了核查情况，须填写核查销号日期");
		}
		return v.hasProblems(row) ? null
				: new Row(caseNo, type, staff.staffNo(), opened, supervisor.staffNo(), measures, verified, verification,
						null);
	}

	/** Every row must name one stored finding, open on or after it, and be its only follow-up opened that day. */
	@Override
	protected List<Row> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<Row> records) {
		return ReviewLedgerSupport.withFindings(em, v, rows, records, CASE, TYPE, OPENED, "开始的整改跟踪");
	}

	@Override
	protected Stored upsert(EntityManager em, Row r) {
		FindingEntity f = r.finding();
		List<FollowupEntity> stored = em.createQuery("select u from FollowupEntity u where u.findingId = :id"
				+ " and u.openedDate = :day", FollowupEntity.class).setParameter("id", f.id())
				.setParameter("day", r.opened()).getResultList();
		Stored outcome = stored.isEmpty() ? Stored.INSERTED : Stored.UPDATED;
		FollowupEntity entity;
		if (outcome == Stored.INSERTED) {
			entity = new FollowupEntity(f.id(), r.opened(), r.supervisorNo(), f.staffNo(), r.measures());
			em.persist(entity);
		} else {
			entity = stored.get(0);
			entity.update(r.supervisorNo(), r.measures());
		}
		if (r.verified() != null) {
			// a file without the date never reopens a follow-up verified since it was exported
			entity.verify(r.verified(), r.verification());
		}
		return outcome;
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		List<List<String>> rows = new ArrayList<>();
		for (Object[] pair : em.createQuery("select u, f from FollowupEntity u, FindingEntity f where f.id ="
				+ " u.findingId order by u.openedDate, u.id", Object[].class).getResultList()) {
			RectificationFollowup u = ((FollowupEntity) pair[0]).toFollowup();
			ReviewFinding f = ((FindingEntity) pair[1]).toFinding();
			if (reader.scope().includes(f.departmentCode())) {
				rows.add(List.of(f.caseNo(), f.type().label(), u.staffNo(), u.openedDate().toString(),
						u.supervisorNo(), u.measures(), cell(u.verifiedDate()), cell(u.verification())));
			}
		}
		return rows;
	}
}
