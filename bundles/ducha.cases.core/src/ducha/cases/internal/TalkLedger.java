package ducha.cases.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.ReminderTalk;
import ducha.cases.ReviewFinding;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import jakarta.persistence.EntityManager;

/**
 * 提醒谈话台账 ({@code cases.talks}): reminder talks over review findings. A row names its finding by 案号 and the
 * staff member talked to (and 问题类型 when needed); one talk per finding and day, upserted by them.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class TalkLedger extends FindingActionLedger<TalkLedger.Row, TalkEntity> {

	static final String ID = "cases.talks";

	static final LedgerColumn CASE = new LedgerColumn("caseNo", "案号", true, "（2024）川0724民初1234号",
			Messages.colFindingCaseOf);
	static final LedgerColumn TYPE = new LedgerColumn("type", "问题类型", false, "瑕疵案件",
			NLS.bind(Messages.colTypeWhenSeveral, TYPES));
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "谈话对象工号", true, "10023", Messages.colResponsible);
	static final LedgerColumn DATE = new LedgerColumn("date", "谈话日期", true, "2024-03-08", Messages.colAfterFinding);
	static final LedgerColumn HELD_BY = new LedgerColumn("heldByNo", "谈话人工号", true, "10002", Messages.colHeldBy);
	static final LedgerColumn SUPERVISOR = new LedgerColumn("supervisorNo", "督察负责人工号", false, "10005",
			Messages.colTalkSupervisor);
	static final LedgerColumn CONTENT = new LedgerColumn("content", "谈话内容", true, "指出问题，提醒严格依法办案", Messages.colAtMost2000)
			.limit(2000);

	private static final List<LedgerColumn> COLUMNS = List.of(CASE, TYPE, STAFF, DATE, HELD_BY, SUPERVISOR, CONTENT);

	/** One row: the talk as the file states it, and the finding it names once {@link #check} found it. */
	record Row(FindingKey key, LocalDate date, String heldByNo, String supervisorNo, String content,
			FindingEntity finding) implements FindingActionLedger.ActionRow<Row> {

		@Override
		public LocalDate day() {
			return date;
		}

		@Override
		public Row of(FindingEntity found) {
			return new Row(key, date, heldByNo, supervisorNo, content, found);
		}
	}

	@Reference
	private CasesUnit support;

	public TalkLedger() {
		super(ID, "提醒谈话台账", COLUMNS, CASE, TYPE, STAFF, TalkEntity.class, "date", DATE, "的谈话");
	}

	@Override
	CasesUnit support() {
		return support;
	}

	@Override
	protected Row parse(LedgerRowValidator v, LedgerRow row) {
		FindingKey key = findingKey(v, row);
		LocalDate date = v.date(row, DATE, LocalDate.now());
		Staff heldBy = staff(v, row, HELD_BY);
		Staff supervisor = staff(v, row, SUPERVISOR);
		String content = v.text(row, CONTENT);
		return v.hasProblems(row) ? null
				: new Row(key, date, heldBy.staffNo(), supervisor == null ? null : supervisor.staffNo(), content, null);
	}

	@Override
	protected Stored upsert(EntityManager em, Row r) {
		FindingEntity f = r.finding();
		return insertOrUpdate(em, stored(em, r),
				() -> new TalkEntity(f.id(), r.date(), r.heldByNo(), r.supervisorNo(), f.staffNo(), r.content()),
				e -> e.update(r.heldByNo(), r.supervisorNo(), r.content()));
	}

	@Override
	List<String> cells(TalkEntity talk, ReviewFinding f) {
		ReminderTalk t = talk.toTalk();
		return List.of(f.caseNo(), f.type().label(), t.staffNo(), t.date().toString(), t.heldByNo(),
				cell(t.supervisorNo()), t.content());
	}
}
