package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.audit.AuditLog;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.petitions.Clue;
import ducha.petitions.ClueKind;
import ducha.petitions.ClueService;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.internal.jpa.ClueEntity;

/**
 * The 排查库线索台账: flagged cases imported when no plugin feeds them. A case already in the library for the same
 * reason is kept as it is (with its screening result); every bad row rejects the whole file.
 */
@Component
public class ClueLedger implements LedgerKind {

	static final LedgerColumn CASE = new LedgerColumn("caseNumber", "案号", true, "（2023）川0724民初1234号", "");
	static final LedgerColumn KIND = new LedgerColumn("kind", "线索类型", true, "改发案件", "不合格案件、改发案件、再审案件");
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "承办人工号", false, "10023", "须为已有干警的工号");
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "承办部门", false, "民事审判第一庭",
			"部门名称或编码");
	static final LedgerColumn FLAGGED = new LedgerColumn("flaggedOn", "标记日期", true, "2024-03-05", "不能晚于今天");
	static final LedgerColumn DESCRIPTION = new LedgerColumn("description", "情况说明", false, "二审改判", "");
	static final LedgerColumn OUTCOME = new LedgerColumn("outcome", "排查结果", false, "待排查", "导出时填写，导入时忽略");
	static final LedgerColumn PETITION = new LedgerColumn("petition", "并入信访件", false, "", "导出时填写，导入时忽略");

	private static final List<LedgerColumn> COLUMNS = List.of(CASE, KIND, STAFF, DEPARTMENT, FLAGGED, DESCRIPTION,
			OUTCOME, PETITION);
	private static final String KINDS = "不合格案件、改发案件、再审案件";

	@Reference
	private DefaultClueService clues;

	@Reference
	private ClueService clueService;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private AuditLog audit;

	@Override
	public String id() {
		return "petition-clues";
	}

	@Override
	public String label() {
		return "排查库线索台账";
	}

	@Override
	public List<LedgerColumn> columns() {
		return COLUMNS;
	}

	@Override
	public LedgerImportResult importTable(LedgerTable table, Principal actor) {
		authorization.check(actor, PetitionPermissions.SCREEN);
		DepartmentNames departments = directory.departmentNames();
		LocalDate today = LocalDate.now();
		LedgerRowValidator v = new LedgerRowValidator(table.fileName());
		Map<String, Integer> seen = new HashMap<>();
		List<ClueEntity> rows = new ArrayList<>();
		for (LedgerRow row : table.rows()) {
			String caseNo = v.text(row, CASE, 60);
			ClueKind kind = v.choice(row, KIND, ClueKind::parse, KINDS);
			String staffNo = v.text(row, STAFF, 20);
			if (staffNo != null && directory.staff(staffNo).isEmpty()) {
				v.problem(row, STAFF, "没有工号为 " + staffNo + " 的干警");
			}
			String code = v.department(row, DEPARTMENT, departments);
			LocalDate flagged = v.date(row, FLAGGED, today);
			String description = v.text(row, DESCRIPTION, 2000);
			if (caseNo != null && kind != null) {
				Integer first = seen.putIfAbsent(caseNo + '|' + kind, row.rowNumber());
				if (first != null) {
					v.problem(row, CASE, "“" + caseNo + "”（" + kind.label() + "）与第 " + first + " 行重复");
				}
			}
			if (!v.hasProblems(row)) {
				rows.add(new ClueEntity(DefaultClueService.LEDGER_SOURCE, kind, caseNo, staffNo, code, flagged,
						description));
			}
		}
		v.throwIfProblems();
		int added = clues.add(rows);
		audit.record(actor, "clue.import", "clue", null, table.fileName() + "：新增 " + added + " 条，共 "
				+ table.rows().size() + " 行");
		return new LedgerImportResult(id(), table.fileName(), table.rows().size(), added, 0);
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		DepartmentNames departments = directory.departmentNames();
		return clueService.clues(reader).stream().map(c -> row(c, departments)).toList();
	}

	private static List<String> row(Clue c, DepartmentNames departments) {
		return List.of(c.caseNumber(), c.kind().label(), text(c.staffNo()), text(departments.name(c.departmentCode())),
				c.flaggedOn().toString(), text(c.description()), c.outcome().label(), text(c.petitionNumber()));
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}
}
