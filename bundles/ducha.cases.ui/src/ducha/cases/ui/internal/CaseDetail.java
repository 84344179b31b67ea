package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.DetailDialog;
import ducha.app.ui.DetailDialog.Line;
import ducha.cases.CaseRecord;

/**
 * One case of the register read-only: what the case-management system's export says of it, the 承办人 and the
 * department by name (a double-click on a case list's row, or the quick-find's hit).
 *
 * @param record     the case
 * @param judge      the 承办人 as 姓名（工号）
 * @param department the department's name
 */
record CaseDetail(CaseRecord record, String judge, String department) {

	void open(Shell parent) {
		CaseRecord c = record;
		new DetailDialog(parent, c.number().text(), "case.detail", List.of(
				new Line(Messages.Cases_colNo, c.number().text(), "case.detail.number"),
				new Line(Messages.Cases_colCause, c.cause(), "case.detail.cause"),
				new Line(Messages.Cases_colJudge, judge, "case.detail.judge"),
				new Line(Messages.Cases_colDepartment, department, "case.detail.department"),
				new Line(Messages.Cases_colFiled, c.filingDate().toString(), "case.detail.filed"),
				new Line(Messages.Cases_colProcedure, c.procedure(), "case.detail.procedure"),
				new Line(Messages.Cases_colStatus, c.status().label(), "case.detail.status"),
				new Line(Messages.Cases_colClosed, c.closedDate() == null ? "" : c.closedDate().toString(),
						"case.detail.closed"),
				new Line(Messages.Case_closingMethod, c.closingMethod(), "case.detail.closingMethod"),
				new Line(Messages.Case_parties, c.partyCount() == null ? "" : c.partyCount().toString(),
						"case.detail.parties"),
				new Line(Messages.Cases_colAge, Long.toString(c.ageOn(LocalDate.now())), "case.detail.age"))).open();
	}
}
