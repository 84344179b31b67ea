package ducha.app.ui;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks which sheet of a workbook to import, when the import was refused because the workbook has several and none
 * is named as the ledger ({@link ducha.core.ledger.SheetNotChosenException#sheets()}). The choice is named
 * {@code import.sheet}.
 */
public final class SheetDialog extends TitledDialog {

	private final String fileName;
	private final List<String> sheets;
	private Combo choice;
	private String chosen;

	private SheetDialog(Shell parent, String fileName, List<String> sheets) {
		super(parent, Messages.Sheet_title);
		this.fileName = fileName;
		this.sheets = sheets;
	}

	/** The sheet the user chose, or null when the dialog was cancelled. */
	public static String choose(Shell parent, String fileName, List<String> sheets) {
		SheetDialog dialog = new SheetDialog(parent, fileName, sheets);
		return dialog.open() == Window.OK ? dialog.chosen : null;
	}

	@Override
	protected void fill(Composite area) {
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.Sheet_intro, fileName, sheets.size()));
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(intro);
		Composite form = Forms.grid(area, 2);
		choice = Forms.choice(form, Messages.Sheet_label, "import.sheet", sheets.toArray(String[]::new));
	}

	@Override
	protected void okPressed() {
		chosen = choice.getSelectionIndex() < 0 ? null : sheets.get(choice.getSelectionIndex());
		super.okPressed();
	}
}
