package ducha.app.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** A resizable dialog with a window title and one area that the subclass fills (lists, reports, choices). */
public abstract class TitledDialog extends Dialog {

	private final String title;

	protected TitledDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
	}

	/** Adds the dialog's content to its area (a one-column grid). */
	protected abstract void fill(Composite area);

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
	protected final Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		fill(area);
		return area;
	}
}
