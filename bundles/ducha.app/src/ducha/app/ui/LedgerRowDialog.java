package ducha.app.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.NotFoundException;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.Principal;

/**
 * Adds or edits one record of a list kept as a ledger (rules, books, recommendations, activities, analyses): one
 * field per ledger column, stored as a one-row ledger so that exactly the ledger's checks apply and the record is
 * upserted by its key. Problems are shown by field name. An edit keeps the cells the form was filled from: the kind
 * refuses the save when the stored record no longer has them ({@link LedgerKind#importEdit}), and 重新载入 fills
 * the form with the record as stored.
 */
public final class LedgerRowDialog extends FormDialog<LedgerImportResult> {

	/** Columns whose text runs over several lines. */
	private static final Set<String> LONG_TEXTS = Set.of("body", "description", "findings", "measures", "summary",
			"content", "measure");

	private final LedgerKind kind;
	private final Principal principal;
	private final List<Text> fields = new ArrayList<>();
	/** The record's cells as the form was filled from them (the first is its key), or null for a new record. */
	private List<String> seen;

	/** @param initial the record's cells in column order, or null for a new record */
	public LedgerRowDialog(Shell parent, Background background, LedgerKind kind, Principal principal, List<String> initial) {
		super(parent, background, kind.label(),
				(initial == null ? Messages.Ledger_addTitle : Messages.Ledger_editTitle) + kind.label(),
				Messages.Ledger_formMessage);
		this.kind = kind;
		this.principal = principal;
		this.seen = initial == null ? null : new ArrayList<>(initial);
	}

	/** One field per column; the ledger checks the values when the row is stored, with exactly its own rules. */
	@Override
	protected void fields(Composite form) {
		List<LedgerColumn> columns = kind.columns();
		for (int i = 0; i < columns.size(); i++) {
			LedgerColumn column = columns.get(i);
			String label = column.header() + (column.required() ? " *" : "");
			int lines = column.key().equals("body") ? 8 : 3;
			Text field = LONG_TEXTS.contains(column.key()) ? Forms.area(form, label, column.key(), lines)
					: Forms.text(form, label, column.key());
			String hint = column.description().isBlank() ? column.example() : column.description();
			field.setMessage(hint == null ? "" : hint);
			field.setToolTipText(column.description());
			fields.add(field);
		}
		if (seen != null) {
			fill(seen);
			// the first column is the key: editing it would add a new record instead of changing this one
			fields.get(0).setEditable(false);
		}
	}

	private void fill(List<String> cells) {
		for (int i = 0; i < fields.size(); i++) {
			fields.get(i).setText(i < cells.size() && cells.get(i) != null ? cells.get(i) : "");
		}
	}

	@Override
	protected Callable<LedgerImportResult> save() {
		Map<String, String> values = new HashMap<>();
		List<LedgerColumn> columns = kind.columns();
		for (int i = 0; i < columns.size(); i++) {
			String value = Forms.optional(fields.get(i));
			if (value != null) {
				values.put(columns.get(i).key(), value);
			}
		}
		LedgerTable table = new LedgerTable(kind.label(), columns, List.of(new LedgerRow(2, values)));
		List<String> edited = seen;
		return edited == null ? () -> kind.importTable(table, principal)
				: () -> kind.importEdit(table, edited, principal);
	}

	/** Reads the record of the same key again; the form then edits it as stored now. */
	@Override
	protected Callable<Runnable> reload() {
		if (seen == null) {
			return null;
		}
		String key = seen.get(0);
		return () -> {
			List<String> stored = kind.exportRows(principal).stream()
					.filter(row -> !row.isEmpty() && key.equals(row.get(0))).findFirst()
					.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Ledger_gone, kind.label(), key)));
			return () -> {
				seen = new ArrayList<>(stored);
				fill(seen);
			};
		};
	}
}
