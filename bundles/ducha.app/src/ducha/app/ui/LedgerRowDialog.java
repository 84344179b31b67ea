package ducha.app.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.Principal;

/**
 * Adds or edits one record of a list kept as a ledger (rules, books, recommendations, activities, analyses): one
 * field per ledger column, stored as a one-row ledger so that exactly the ledger's checks apply and the record is
 * upserted by its key. Problems are shown by field name.
 */
public final class LedgerRowDialog extends FormDialog<LedgerImportResult> {

	/** Columns whose text runs over several lines. */
	private static final Set<String> LONG_TEXTS = Set.of("body", "description", "findings", "measures", "summary",
			"content", "measure");

	private final LedgerKind kind;
	private final Principal principal;
	private final List<String> initial;
	private final List<Text> fields = new ArrayList<>();

	/** @param initial the record's cells in column order, or null for a new record */
	public LedgerRowDialog(Shell parent, Background background, LedgerKind kind, Principal principal, List<String> initial) {
		super(parent, background, kind.label(),
				(initial == null ? Messages.Ledger_addTitle : Messages.Ledger_editTitle) + kind.label(),
				Messages.Ledger_formMessage);
		this.kind = kind;
		this.principal = principal;
		this.initial = initial;
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
			if (initial != null && i < initial.size()) {
				field.setText(initial.get(i));
			}
			fields.add(field);
		}
		if (initial != null) {
			// the first column is the key: editing it would add a new record instead of changing this one
			fields.get(0).setEditable(false);
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
		return () -> kind.importTable(table, principal);
	}
}
