package ducha.core.ledger;

import java.util.ArrayList;
import java.util.List;

import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;

/**
 * The base of every ledger kind whose rows become records: the kind declares its id, label, columns (with their
 * limits) and key column, and how one row becomes a record; the base reads every row the same way: the key is
 * required, unique in the file and not too long, each row is parsed with a {@link LedgerRowValidator} that collects
 * every problem as {@code file:row:column: reason}, and the clean records go to {@link #store}, which stores all or
 * none. Plugins extend {@link RecordLedgerKind}, which stores in the plugin's persistence unit.
 *
 * @param <R> what one row becomes
 */
public abstract class DeclaredLedgerKind<R> implements LedgerKind {

	/** How long a key may be, e.g. YT2024-001, unless the key column sets its own limit. */
	public static final int KEY_LENGTH = 30;

	private final String id;
	private final String label;
	private final List<LedgerColumn> columns;
	private final LedgerColumn key;

	/**
	 * @param id      stable id, e.g. {@code integrity.talks}
	 * @param label   Chinese name, e.g. 约谈台账
	 * @param columns the columns in file order
	 * @param key     the column every row is keyed by: required, unique in the file and at most its
	 *                {@link LedgerColumn#maxLength()} characters, or {@value #KEY_LENGTH} when it sets none
	 */
	protected DeclaredLedgerKind(String id, String label, List<LedgerColumn> columns, LedgerColumn key) {
		this.id = id;
		this.label = label;
		this.columns = List.copyOf(columns);
		this.key = key;
	}

	/** A kind keyed by several columns: {@link #parse} checks the key (e.g. with {@link LedgerRowValidator#unique}). */
	protected DeclaredLedgerKind(String id, String label, List<LedgerColumn> columns) {
		this(id, label, columns, null);
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String label() {
		return label;
	}

	@Override
	public final List<LedgerColumn> columns() {
		return columns;
	}

	/** Refuses an actor who may not import this kind. */
	protected abstract void checkMayImport(Principal actor);

	/** Asks {@link #checkMayImport} itself, so that the answer is the import's own rule. */
	@Override
	public final boolean mayImport(Principal actor) {
		try {
			checkMayImport(actor);
			return true;
		} catch (AccessDeniedException refused) {
			return false;
		}
	}

	/** The row as a record, or null when it has problems (recorded in the validator). */
	protected abstract R parse(LedgerRowValidator v, LedgerRow row);

	/**
	 * Stores the clean records all or none: runs what checks remain, then ends with
	 * {@link LedgerRowValidator#throwIfProblems()} before anything is kept, so a file with any problem stores
	 * nothing.
	 *
	 * @param rows    the clean rows, in file order
	 * @param records their records
	 */
	protected abstract LedgerImportResult store(LedgerTable table, LedgerRowValidator v, List<LedgerRow> rows,
			List<R> records, Principal actor);

	@Override
	public LedgerImportResult importTable(LedgerTable table, Principal actor) {
		return importRows(table, actor, (v, rows, records) -> store(table, v, rows, records, actor));
	}

	/** What stores the clean rows {@link #importRows} read: {@link #store}, or a variant of it. */
	@FunctionalInterface
	protected interface RowStore<R> {
		LedgerImportResult store(LedgerRowValidator v, List<LedgerRow> rows, List<R> records);
	}

	/**
	 * Checks the actor, reads every row of the table as {@link #importTable} does and hands the clean ones to
	 * {@code store}, which stores all or none.
	 */
	protected final LedgerImportResult importRows(LedgerTable table, Principal actor, RowStore<R> store) {
		checkMayImport(actor);
		LedgerRowValidator v = new LedgerRowValidator(table.fileName());
		List<LedgerRow> all = table.rows();
		SelectedRows rows = new SelectedRows(all);
		List<R> records = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			LedgerRow row = all.get(i);
			if (key != null) {
				v.unique(row, key, key.maxLength() > 0 ? v.text(row, key) : v.text(row, key, KEY_LENGTH));
			}
			R record = parse(v, row);
			if (record != null && !v.hasProblems(row)) {
				rows.select(i);
				records.add(record);
			}
		}
		return store.store(v, rows, records);
	}

	/** A value as an exported cell: empty for null. */
	protected static String cell(Object value) {
		return value == null ? "" : value.toString();
	}
}
