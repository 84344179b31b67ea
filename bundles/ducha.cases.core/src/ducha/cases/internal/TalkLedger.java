package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.FindingType;
import ducha.cases.ReminderTalk;
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
 * 提醒谈话台账 ({@code cases.talks}): reminder talks over review findings. A row names its finding by 案号 and the
 * staff member talked to (and 问题类型 when needed); one talk per finding and day, upserted by them.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class TalkLedger extends RecordLedgerKind<TalkLedger.Row> {

	static final String ID = "cases.talks";

	static final LedgerColumn CASE = new LedgerColumn("caseNo", "案号", true, "（2024）川0724民初1234号",
			"评查问题所在案件的案号");
	static final LedgerColumn TYPE = new LedgerColumn("type", "问题类型", false, "瑕疵案件",
			"同一干警在该案有多个评查问题时必填：" + ReviewLedgerSupport.TYPES);
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "谈话对象工号", true, "10023", "评查问题的责任人");
	static final LedgerColumn DATE = new LedgerColumn("date", "谈话日期", true, "2024-03-08", "不早于发现问题的日期，不晚于今天");
	static final LedgerColumn HELD_BY = new LedgerColumn("heldByNo", "谈话人工号", true, "10002", "一般为分管院领导");
	static final LedgerColumn SUPERVISOR = new LedgerColumn("supervisorNo", "督察负责人工号", false, "10005",
			"参加谈话的督察部门负责人");
	static final LedgerColumn CONTENT = new LedgerColumn("content", "谈话内容", true, "指出问题，提醒严格依法办案", "最多 2000 字")
			.limit(2000);

	private static final List<LedgerColumn> COLUMNS = List.of(CASE, TYPE, STAFF, DATE, HELD_BY, SUPERVISOR, CONTENT);

	/** One row: the talk as the file states it, and the finding it names once {@link #check} found it. */
	record Row(String caseNo, FindingType type, String staffNo, LocalDate date, String heldByNo, String supervisorNo,
			String content, FindingEntity finding)
			implements ReviewLedgerSupport.FindingRow<Row> {

		@Override
		public LocalDate day() {
			return date;
		}

		@Override
		public Row of(FindingEntity found) {
			return new Row(caseNo, type, staffNo, date, heldByNo, supervisorNo, content, found);
		}
	}

	@Reference
	private ReviewLedgerSupport support;

	public TalkLedger() {
		super(ID, "提醒谈话台账", COLUMNS);
	}

	@Override
	protected LedgerStorage storage() {
		return support.storage();
	}

	@Override
	protected Row parse(LedgerRowValidator v, LedgerRow row) {
		String caseNo = ReviewLedgerSupport.caseNo(v, row, CASE);
		FindingType type = ReviewLedgerSupport.type(v, row, TYPE);
		Staff staff = v.staff(row, STAFF, support.directory);
		LocalDate date = v.date(row, DATE, LocalDate.now());
		Staff heldBy = v.staff(row, HELD_BY, support.directory);
		Staff supervisor = v.staff(row, SUPERVISOR, support.directory);
		String content = v.text(row, CONTENT);
		return v.hasProblems(row) ? null
				: new Row(caseNo, type, staff.staffNo(), date, heldBy.staffNo(),
						supervisor == null ? null : supervisor.staffNo(), content, null);
	}

	/** Every row must name one stored finding, be dated on or after it, and be its only talk of that day. */
	@Override
	protected List<Row> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<Row> records) {
		return ReviewLedgerSupport.withFindings(em, v, rows, records, CASE, TYPE, DATE, "的谈话");
	}

	@Override
	protected Stored upsert(EntityManager em, Row r) {
		FindingEntity f = r.finding();
		TalkEntity stored = em.createQuery("select t from TalkEntity t where t.findingId = :id and t.date = :date",
				TalkEntity.class).setParameter("id", f.id()).setParameter("date", r.date()).getResultList().stream()
				.findFirst().orElse(null);
		return insertOrUpdate(em, stored,
				() -> new TalkEntity(f.id(), r.date(), r.heldByNo(), r.supervisorNo(), f.staffNo(), r.content()),
				e -> e.update(r.heldByNo(), r.supervisorNo(), r.content()));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		List<List<String>> rows = new ArrayList<>();
		for (Object[] pair : em.createQuery("select t, f from TalkEntity t, FindingEntity f where f.id ="
				+ " t.findingId order by t.date, t.id", Object[].class).getResultList()) {
			ReminderTalk t = ((TalkEntity) pair[0]).toTalk();
			ReviewFinding f = ((FindingEntity) pair[1]).toFinding();
			if (reader.scope().includes(f.departmentCode())) {
				rows.add(List.of(f.caseNo(), f.type().label(), t.staffNo(), t.date().toString(), t.heldByNo(),
						cell(t.supervisorNo()), t.content()));
			}
		}
		return rows;
	}
}
