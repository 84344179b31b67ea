package ducha.app.internal.find;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.TitledDialog;
import ducha.core.spi.FoundRecord;

/**
 * The hits of one quick-find, kind, number or name and a short line each; Enter, a double-click or 打开 opens the
 * selected record and closes the list. Not modal: the user can keep it beside the opened view.
 */
final class FindResultsDialog extends TitledDialog {

	private final HitOpener opener;
	private Label status;
	private ListTable<FoundRecord> hits;

	FindResultsDialog(Shell parent, String text, HitOpener opener) {
		super(parent, NLS.bind(Messages.Find_title, text));
		this.opener = opener;
		modeless();
	}

	@Override
	protected void fill(Composite area) {
		Forms.named(area.getShell(), "quickfind.results");
		status = Forms.status(area, "quickfind.status", 1);
		status.setText(Messages.Find_searching);
		hits = new ListTable<>(area, "quickfind.hits", false, FoundRecord.class,
				new Column<FoundRecord>(Messages.Find_colKind, 90, FoundRecord::kind),
				new Column<FoundRecord>(Messages.Find_colTitle, 240, FoundRecord::title),
				new Column<FoundRecord>(Messages.Find_colLine, 420, FoundRecord::line));
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 320).applyTo(hits.control());
		hits.onOpen(this::open);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// not the default button: Enter in the list opens the hit through the list's own open event, once
		Button open = createButton(parent, IDialogConstants.OK_ID, Messages.Find_open, false);
		open.addListener(SWT.Selection, e -> {
			FoundRecord hit = hits.selected();
			if (hit != null) {
				open(hit);
			}
		});
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void okPressed() {
		// 打开 opens the selected hit (its own listener); nothing selected keeps the list open
	}

	/** Shows the hits; the first is selected, so Enter opens it at once. */
	void show(List<FoundRecord> found, String text) {
		if (hits.control().isDisposed()) {
			return;
		}
		hits.show(found, hit -> true);
		status.setText(found.isEmpty() ? NLS.bind(Messages.Find_none, text) : NLS.bind(Messages.Find_count,
				found.size()));
		hits.control().setFocus();
	}

	/** Says why there are no hits (too short a text, a failed search). */
	void showStatus(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
		}
	}

	private void open(FoundRecord hit) {
		if (opener.open(hit)) {
			close();
		} else {
			status.setText(Messages.Find_notShown);
		}
	}

	/** The hits shown, for tests. */
	ListTable<FoundRecord> hits() {
		return hits;
	}
}
