package ducha.cases.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Forms;
import ducha.app.ui.TitledDialog;
import ducha.cases.CaseRecord;

/**
 * One case of the register read-only: what the case-management system's export says of it, with the 承办人's name
 * and the department's name (a double-click on a case list's row, or the quick-find's hit).
 */
final class CaseDetailDialog extends TitledDialog {

	/** A case read, with the names its 工号 and department code stand for. */
	record Shown(CaseRecord record, String judge, String department) {
	}

	private final Shown shown;

	CaseDetailDialog(Shell parent, Shown shown) {
		super(parent, shown.record().number().text());
		this.shown = shown;
		// read-only: it may stay open beside the list
		setShellStyle((getShellStyle() & ~SWT.APPLICATION_MODAL) | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void fill(Composite area) {
		Forms.named(area.getShell(), "case.detail");
		Composite form = Forms.grid(area, 2);
		CaseRecord c = shown.record();
		line(form, Messages.Cases_colNo, c.number().text(), "case.detail.number");
		line(form, Messages.Cases_colCause, c.cause(), "case.detail.cause");
		line(form, Messages.Cases_colJudge, shown.judge(), "case.detail.judge");
		line(form, Messages.Cases_colDepartment, shown.department(), "case.detail.department");
		line(form, Messages.Cases_colFiled, c.filingDate().toString(), "case.detail.filed");
		line(form, Messages.Cases_colProcedure, c.procedure(), "case.detail.procedure");
		line(form, Messages.Cases_colStatus, c.status().label(), "case.detail.status");
		line(form, Messages.Cases_colClosed, c.closedDate() == null ? "" : c.closedDate().toString(),
				"case.detail.closed");
		line(form, Messages.Case_closingMethod, c.closingMethod(), "case.detail.closingMethod");
		line(form, Messages.Case_parties, c.partyCount() == null ? "" : c.partyCount().toString(),
				"case.detail.parties");
		line(form, Messages.Cases_colAge, Long.toString(c.ageOn(LocalDate.now())), "case.detail.age");
	}

	private static void line(Composite form, String label, String value, String name) {
		Forms.label(form, label);
		Label text = Forms.named(new Label(form, SWT.WRAP), name);
		text.setText(value == null ? "" : value);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
