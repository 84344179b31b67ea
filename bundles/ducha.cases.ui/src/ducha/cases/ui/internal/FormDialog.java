package ducha.cases.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A small modal form: label/field rows, and a line for what is missing. OK keeps the dialog open until the
 * fields are complete; the service checks everything else after the dialog closed and the part shows its answer.
 */
abstract class FormDialog extends Dialog {

	private final String title;
	private Label problem;

	FormDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).hint(460, SWT.DEFAULT).applyTo(form);
		fields(form);
		problem = Forms.status(form, "dialog.problem", 2);
		Color red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		problem.setForeground(red);
		return area;
	}

	/** Adds the rows of the form (two columns: label, field). */
	abstract void fields(Composite form);

	/** Reads the fields into the dialog's result; returns what is missing, empty when complete. */
	abstract List<String> collect();

	@Override
	protected void okPressed() {
		List<String> missing = collect();
		if (missing.isEmpty()) {
			super.okPressed();
		} else {
			problem.setText(String.join("\n", missing));
			problem.getParent().layout(true);
			getShell().pack();
		}
	}
}
