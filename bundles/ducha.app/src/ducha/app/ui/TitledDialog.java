package ducha.app.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
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

	/**
	 * Makes the dialog a window beside the workbench instead of a modal one, and {@code open()} return at once: for
	 * what only shows (a detail, a list of hits), so the user can keep it open while working on.
	 */
	protected final void modeless() {
		setShellStyle((getShellStyle() & ~SWT.APPLICATION_MODAL) | SWT.MODELESS);
		setBlockOnOpen(false);
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
