package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.cases.FindingType;
import ducha.cases.ReminderTalk;
import ducha.cases.ReviewFinding;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.Principal;

/**
 * 提醒谈话台账 ({@code cases.talks}): reminder talks over review findings. A row names its finding by 案号 and the
 * staff member talked to (and 问题类型 when needed); one talk per finding and day, upserted by them.
 */
@Component(service = LedgerKind.class)
public class TalkLedger implements LedgerKind {

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
	static final LedgerColumn CONTENT = new LedgerColumn("content", "谈话内容", true, "指出问题，提醒严格依法办案", "最多 2000 字");

	private static final List<LedgerColumn> COLUMNS = List.of(CASE, TYPE, STAFF, DATE, HELD_BY, SUPERVISOR, CONTENT);

	private record Row(LedgerRow row, String caseNo, FindingType type, String staffNo, LocalDate date,
			String heldByNo, String supervisorNo, String content) {
	}

	@Reference
	private ReviewLedgerSupport support;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "提醒谈话台账";
	}

	@Override
	public List<LedgerColumn> columns() {
		return COLUMNS;
	}

	@Override
	public LedgerImportResult importTable(LedgerTable table, Principal actor) {
		support.authorization.check(actor, CasePermissions.REVIEW);
		LedgerRowValidator v = new LedgerRowValidator(table.fileName());
		LocalDate today = LocalDate.now();
		List<Row> rows = new ArrayList<>();
		for (LedgerRow row : table.rows()) {
			String caseNo = ReviewLedgerSupport.caseNo(v, row, CASE);
			FindingType type = ReviewLedgerSupport.type(v, row, TYPE);
			Staff staff = support.staff(v, row, STAFF);
			LocalDate date = v.date(row, DATE, today);
			Staff heldBy = support.staff(v, row, HELD_BY);
			Staff supervisor = support.staff(v, row, SUPERVISOR);
			String content = v.text(row, CONTENT, 2000);
			if (!v.hasProblems(row)) {
				rows.add(new Row(row, caseNo, type, staff.staffNo(), date, heldBy.staffNo(),
						supervisor == null ? null : supervisor.staffNo(), content));
			}
		}
		int[] counts = Jpa.write(support.emf, em -> {
			// every reference is resolved before anything is written; a problem rolls the whole file back
			Map<String, Integer> seen = new HashMap<>();
			List<FindingEntity> findings = new ArrayList<>();
			for (Row r : rows) {
				FindingEntity f = ReviewLedgerSupport.finding(em, v, r.row(), r.caseNo(), r.staffNo(), r.type(), CASE,
						TYPE);
				findings.add(f);
				if (f == null) {
					continue;
				}
				if (r.date().isBefore(f.foundDate())) {
					v.problem(r.row(), DATE, "谈话日期 " + r.date() + " 早于发现问题的日期 " + f.foundDate());
				}
				Integer first = seen.putIfAbsent(f.id() + " " + r.date(), r.row().rowNumber());
				if (first != null) {
					v.problem(r.row(), DATE, "与第 " + first + " 行是同一评查问题同一天的谈话");
				}
			}
			v.throwIfProblems();
			int inserted = 0;
			for (int i = 0; i < rows.size(); i++) {
				Row r = rows.get(i);
				FindingEntity f = findings.get(i);
				List<TalkEntity> stored = em.createQuery("select t from TalkEntity t where t.findingId = :id and"
						+ " t.date = :date", TalkEntity.class).setParameter("id", f.id()).setParameter("date", r.date())
						.getResultList();
				if (stored.isEmpty()) {
					em.persist(new TalkEntity(f.id(), r.date(), r.heldByNo(), r.supervisorNo(), f.staffNo(),
							r.content()));
					inserted++;
				} else {
					stored.get(0).update(r.heldByNo(), r.supervisorNo(), r.content());
				}
			}
			return new int[] { inserted, rows.size() - inserted };
		});
		LedgerImportResult result = new LedgerImportResult(ID, table.fileName(), rows.size(), counts[0], counts[1]);
		support.recordImport(actor, "reminder_talk", result);
		return result;
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		support.authorization.check(reader, CasePermissions.READ);
		return Jpa.read(support.emf, em -> {
			List<List<String>> rows = new ArrayList<>();
			for (Object[] pair : em.createQuery("select t, f from TalkEntity t, FindingEntity f where f.id ="
					+ " t.findingId order by t.date, t.id", Object[].class).getResultList()) {
				ReminderTalk t = ((TalkEntity) pair[0]).toTalk();
				ReviewFinding f = ((FindingEntity) pair[1]).toFinding();
				if (reader.scope().includes(f.departmentCode())) {
					rows.add(List.of(f.caseNo(), f.type().label(), t.staffNo(), t.date().toString(), t.heldByNo(),
							ReviewLedgerSupport.cell(t.supervisorNo()), t.content()));
				}
			}
			return rows;
		});
	}
}
