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
import ducha.cases.RectificationFollowup;
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
 * 整改跟踪台账 ({@code cases.followups}): rectification follow-ups of review findings, followed by the department's
 * integrity supervisor until verified closed. A row names its finding like the talks ledger; one follow-up per
 * finding and opening day, upserted by them; 核查销号日期 closes it.
 */
@Component(service = LedgerKind.class)
public class FollowupLedger implements LedgerKind {

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
			"最多 2000 字");
	static final LedgerColumn VERIFIED = new LedgerColumn("verifiedDate", "核查销号日期", false, "",
			"整改核查完毕的日期；不早于开始日期，不晚于今天");
	static final LedgerColumn VERIFICATION = new LedgerColumn("verification", "核查情况", false, "",
			"填写核查销号日期时必填，最多 1000 字");

	private static final List<LedgerColumn> COLUMNS = List.of(CASE, TYPE, STAFF, OPENED, SUPERVISOR, MEASURES,
			VERIFIED, VERIFICATION);

	private record Row(LedgerRow row, String caseNo, FindingType type, String staffNo, LocalDate opened,
			String supervisorNo, String measures, LocalDate verified, String verification) {
	}

	@Reference
	private ReviewLedgerSupport support;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "整改跟踪台账";
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
			LocalDate opened = v.date(row, OPENED, today);
			Staff supervisor = support.staff(v, row, SUPERVISOR);
			String measures = v.text(row, MEASURES, 2000);
			LocalDate verified = v.date(row, VERIFIED, today);
			String verification = v.text(row, VERIFICATION, 1000);
			if (verified != null && opened != null && verified.isBefore(opened)) {
				v.problem(row, VERIFIED, "核查销号日期 " + verified + " 早于开始日期 " + opened);
			}
			if (verified != null && verification == null) {
				v.problem(row, VERIFICATION, "填写了核查销号日期，须写明核查情况");
			}
			if (verification != null && row.get(VERIFIED.key()) == null) {
				v.problem(row, VERIFIED, "写了核查情况，须填写核查销号日期");
			}
			if (!v.hasProblems(row)) {
				rows.add(new Row(row, caseNo, type, staff.staffNo(), opened, supervisor.staffNo(), measures, verified,
						verification));
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
				if (r.opened().isBefore(f.foundDate())) {
					v.problem(r.row(), OPENED, "开始日期 " + r.opened() + " 早于发现问题的日期 " + f.foundDate());
				}
				Integer first = seen.putIfAbsent(f.id() + " " + r.opened(), r.row().rowNumber());
				if (first != null) {
					v.problem(r.row(), OPENED, "与第 " + first + " 行是同一评查问题同一天开始的整改跟踪");
				}
			}
			v.throwIfProblems();
			int inserted = 0;
			for (int i = 0; i < rows.size(); i++) {
				Row r = rows.get(i);
				FindingEntity f = findings.get(i);
				List<FollowupEntity> stored = em.createQuery("select u from FollowupEntity u where u.findingId = :id"
						+ " and u.openedDate = :day", FollowupEntity.class).setParameter("id", f.id())
						.setParameter("day", r.opened()).getResultList();
				FollowupEntity entity;
				if (stored.isEmpty()) {
					entity = new FollowupEntity(f.id(), r.opened(), r.supervisorNo(), f.staffNo(), r.measures());
					em.persist(entity);
					inserted++;
				} else {
					entity = stored.get(0);
					entity.update(r.supervisorNo(), r.measures());
				}
				if (r.verified() != null) {
					// a file without the date never reopens a follow-up verified since it was exported
					entity.verify(r.verified(), r.verification());
				}
			}
			return new int[] { inserted, rows.size() - inserted };
		});
		LedgerImportResult result = new LedgerImportResult(ID, table.fileName(), rows.size(), counts[0], counts[1]);
		support.recordImport(actor, "rectification_followup", result);
		return result;
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		support.authorization.check(reader, CasePermissions.READ);
		return Jpa.read(support.emf, em -> {
			List<List<String>> rows = new ArrayList<>();
			for (Object[] pair : em.createQuery("select u, f from FollowupEntity u, FindingEntity f where f.id ="
					+ " u.findingId order by u.openedDate, u.id", Object[].class).getResultList()) {
				RectificationFollowup u = ((FollowupEntity) pair[0]).toFollowup();
				ReviewFinding f = ((FindingEntity) pair[1]).toFinding();
				if (reader.scope().includes(f.departmentCode())) {
					rows.add(List.of(f.caseNo(), f.type().label(), u.staffNo(), u.openedDate().toString(),
							u.supervisorNo(), u.measures(), ReviewLedgerSupport.cell(u.verifiedDate()),
							ReviewLedgerSupport.cell(u.verification())));
				}
			}
			return rows;
		});
	}
}
