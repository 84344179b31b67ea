package ducha.app.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;

/**
 * A list kept as a ledger (rules, books, activities, …) shown as its ledger shows it (same columns, same texts),
 * read in a job, with 新增/修改 through {@link LedgerRowDialog}: what a plugin needs for a list of plain records.
 */
public final class LedgerView {

	/** Cells longer than this are cut in the table; the edit dialog shows them whole. */
	private static final int CELL_CHARS = 80;

	private final Principal principal;
	private final Background background;
	private final List<List<String>> rows = new ArrayList<>();
	private final Label summary;
	private final Table table;
	private final Button add;
	private final Button edit;
	private boolean writable;
	private final LedgerKind kind;

	/** @param widths column widths in pixels, in ledger column order (missing ones get 120) */
	public LedgerView(Composite parent, LedgerService ledgers, String kindId, Principal principal, Background background,
			int... widths) {
		this.principal = principal;
		this.background = background;
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
		Composite bar = new Composite(box, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		summary = Forms.summary(bar, null);
		add = Forms.button(bar, null, Messages.Ledger_add);
		edit = Forms.button(bar, null, Messages.Ledger_edit);
		Button reload = Forms.button(bar, null, Messages.Ledger_reload);
		table = new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		add.addListener(SWT.Selection, e -> open(null));
		edit.addListener(SWT.Selection, e -> openSelected());
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		table.addListener(SWT.Selection, e -> edit.setEnabled(writable && table.getSelectionIndex() >= 0));
		reload.addListener(SWT.Selection, e -> load());
		RowMenu.mirror(table, add, edit);
		kind = ledgers.kind(kindId).orElse(null);
		if (kind == null) {
			summary.setText(NLS.bind(Messages.Ledger_missing, kindId));
			add.setEnabled(false);
			edit.setEnabled(false);
			return;
		}
		// a reader who may not change the ledger sees it without 新增/修改 to press
		writable = kind.mayImport(principal);
		add.setEnabled(writable);
		add.setToolTipText(writable ? null : Messages.Ledger_readOnly);
		edit.setToolTipText(add.getToolTipText());
		Forms.columns(table, kind.columns().stream().map(LedgerColumn::header).toArray(String[]::new), widths);
		load();
	}

	public Table table() {
		return table;
	}

	public void load() {
		if (kind == null) {
			return;
		}
		summary.setText(Messages.Ledger_loading);
		edit.setEnabled(false);
		LedgerKind current = kind;
		background.run(NLS.bind(Messages.Ledger_loadJob, current.label()),
				() -> current.exportRows(principal), this::show, this::showFailure);
	}

	private void show(List<List<String>> read) {
		if (table.isDisposed()) {
			return;
		}
		rows.clear();
		rows.addAll(read);
		table.removeAll();
		for (List<String> row : read) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(row.stream().map(LedgerView::cell).toArray(String[]::new));
		}
		Forms.fitColumns(table);
		summary.setText(NLS.bind(Messages.Ledger_summary, kind.label(), read.size()));
	}

	/** The cell's first line, cut to a length a table column can show. */
	private static String cell(String text) {
		String line = text == null ? "" : text.lines().findFirst().orElse("");
		return line.length() > CELL_CHARS ? line.substring(0, CELL_CHARS) + "…" : line;
	}

	private void showFailure(String reason) {
		if (!summary.isDisposed()) {
			summary.setText(NLS.bind(Messages.Ledger_failed, reason));
		}
	}

	private void openSelected() {
		int index = table.getSelectionIndex();
		if (index >= 0 && index < rows.size()) {
			open(rows.get(index));
		}
	}

	private void open(List<String> row) {
		LedgerRowDialog dialog = new LedgerRowDialog(table.getShell(), background, kind, principal, row);
		if (dialog.open() == Window.OK) {
			load();
		}
	}
}
