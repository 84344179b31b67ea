package ducha.cli.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerService;

/**
 * Builds staff ledger CSV text from the columns the staff kind declares, so that the tests follow the kind's
 * headers instead of repeating them: every cell is the column's example, except 工号, 姓名 and 部门.
 */
final class StaffLedger {

	static final String STAFF_NO = "工号";
	static final String NAME = "姓名";
	static final String DEPARTMENT = "部门";

	private static final AtomicInteger NEXT_NO = new AtomicInteger((int) (System.currentTimeMillis() % 10_000));

	private final List<LedgerColumn> columns;
	private final List<Map<String, String>> rows = new ArrayList<>();

	StaffLedger() {
		columns = Services.get(LedgerService.class).kind("staff").orElseThrow().columns();
	}

	/** A 工号 no demo staff member has. */
	static String newStaffNo() {
		return "9" + String.format("%05d", NEXT_NO.incrementAndGet() % 100_000);
	}

	/** The header of the department column (部门 or 部门代码, whatever the kind calls it). */
	String departmentHeader() {
		return column(DEPARTMENT).header();
	}

	StaffLedger row(String staffNo, String name, String department) {
		Map<String, String> row = new LinkedHashMap<>();
		for (LedgerColumn column : columns) {
			row.put(column.header(), column.example() == null ? "" : column.example());
		}
		row.put(column(STAFF_NO).header(), staffNo);
		row.put(column(NAME).header(), name);
		row.put(departmentHeader(), department);
		rows.add(row);
		return this;
	}

	/** A department value as the ledger expects it: a name when the template's example is a name, else a code. */
	String validDepartment() {
		DirectoryService directory = Services.get(DirectoryService.class);
		Department department = directory.departments().stream().filter(Department::active).findFirst()
				.orElseThrow();
		String example = column(DEPARTMENT).example();
		boolean byName = example != null && directory.departments().stream().anyMatch(d -> d.name().equals(example));
		return byName ? department.name() : department.code();
	}

	String csv() {
		StringBuilder text = new StringBuilder();
		text.append(String.join(",", columns.stream().map(LedgerColumn::header).toList())).append("\r\n");
		for (Map<String, String> row : rows) {
			text.append(String.join(",", row.values())).append("\r\n");
		}
		return text.toString();
	}

	private LedgerColumn column(String headerStart) {
		return columns.stream().filter(c -> c.header().startsWith(headerStart)).findFirst()
				.orElseThrow(() -> new AssertionError("the staff ledger has no column " + headerStart + ": " + columns));
	}
}
