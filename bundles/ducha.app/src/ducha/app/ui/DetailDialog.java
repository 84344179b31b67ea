package ducha.app.ui;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * One record read-only, a labelled line per field, with 关闭: what a double-click on a list's row or a quick-find hit
 * shows where the record has no edit dialog (a case of the register, a staff member). It stays open beside the
 * workbench ({@link TitledDialog#modeless()}).
 */
public final class DetailDialog extends TitledDialog {

	/** One field: its label, its value as text (null: empty) and the name the UI tests find the value by. */
	public record Line(String label, String value, String name) {
	}

	private final String name;
	private final List<Line> lines;

	/** @param name the dialog's name for the UI tests ({@link Forms#named}) */
	public DetailDialog(Shell parent, String title, String name, List<Line> lines) {
		super(parent, title);
		this.name = name;
		this.lines = List.copyOf(lines);
		modeless();
	}

	@Override
	protected void fill(Composite area) {
		Forms.named(area.getShell(), name);
		Composite form = Forms.grid(area, 2);
		for (Line line : lines) {
			Forms.label(form, line.label());
			Label value = Forms.named(new Label(form, SWT.WRAP), line.name());
			value.setText(line.value() == null ? "" : line.value());
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
