package ducha.study.ui.internal.tests;

import ducha.app.ui.ListTable;
import ducha.core.directory.DepartmentNames;
import ducha.study.TestResult;

/** The columns of a list of results: the person, the score, the make-up, the final score and the pass. */
final class ResultColumns {

	private ResultColumns() {
	}

	@SuppressWarnings("unchecked")
	static ListTable.Column<TestResult>[] all(TestsPart.TestsContext context) {
		return new ListTable.Column[] { new ListTable.Column<TestResult>(Messages.colStaffNo, 80, TestResult::staffNo),
				new ListTable.Column<TestResult>(Messages.colName, 90, TestResult::name),
				new ListTable.Column<TestResult>(Messages.colDepartment, 140, r -> department(context, r)),
				new ListTable.Column<TestResult>(Messages.colScore, 70, Results::score),
				new ListTable.Column<TestResult>(Messages.colMakeup, 70, r -> Results.number(r.makeupScore())),
				new ListTable.Column<TestResult>(Messages.colFinal, 70, r -> Results.number(r.finalScore())),
				new ListTable.Column<TestResult>(Messages.colPassed, 60, Results::passed) };
	}

	/** The department's name (names are public); its code while the names are not read. */
	private static String department(TestsPart.TestsContext context, TestResult r) {
		DepartmentNames names = context.names;
		return names == null || r.departmentCode().isEmpty() ? r.departmentCode() : names.name(r.departmentCode());
	}
}
