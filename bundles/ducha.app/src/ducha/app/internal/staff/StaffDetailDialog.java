package ducha.app.internal.staff;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Forms;
import ducha.app.ui.TitledDialog;

/** One staff member read-only, every column of the directory as a labelled line (a double-click or the quick-find). */
final class StaffDetailDialog extends TitledDialog {

	private final StaffRow row;

	StaffDetailDialog(Shell parent, StaffRow row) {
		super(parent, NLS.bind(Messages.Staff_detailTitle, row.name(), row.staffNo()));
		this.row = row;
		// read-only: it may stay open beside the directory
		setShellStyle((getShellStyle() & ~SWT.APPLICATION_MODAL) | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void fill(Composite area) {
		Forms.named(area.getShell(), "staff.detail");
		Composite form = Forms.grid(area, 2);
		for (StaffColumn column : StaffColumn.values()) {
			Forms.label(form, column.header());
			Label value = Forms.named(new Label(form, SWT.WRAP), "staff.detail." + column.name().toLowerCase());
			value.setText(column.value(row));
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
