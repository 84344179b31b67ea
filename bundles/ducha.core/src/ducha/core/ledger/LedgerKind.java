package ducha.core.ledger;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import ducha.core.security.Principal;

/**
 * SPI (OSGi service): a kind of record that can be imported from and exported to a ledger file (staff,
 * departments, cases, findings, ...). The platform reads and writes the files ({@link LedgerService}); the kind
 * validates rows and stores them.
 */
public interface LedgerKind {

	/** Stable id used on the command line, e.g. {@code staff}. */
	String id();

	/** Chinese name, e.g. 干警名册. */
	String label();

	/** Columns in file order. */
	List<LedgerColumn> columns();

	/**
	 * True when the actor holds what an import or an edit of this kind needs ({@link #importTable} would not refuse
	 * them for that; their rows may still be refused). A view disables its 新增/修改 for the others. Asks nothing
	 * of the database; by default true.
	 */
	default boolean mayImport(Principal actor) {
		return true;
	}

	/**
	 * Validates every row and stores all of them in one transaction, or none.
	 *
	 * @throws LedgerValidationException listing every bad row as file:row:column and a reason; nothing stored
	 */
	LedgerImportResult importTable(LedgerTable table, Principal actor);

	/**
	 * Stores a one-row table that changes a record the user saw as {@code seen} (its cells as {@link #exportRows}
	 * gave them, e.g. in the ledger view's 修改 form). A {@link RecordLedgerKind} refuses it with a
	 * {@link ducha.core.ConcurrentChangeException} when the stored record no longer exports as {@code seen}
	 * (another desktop changed or removed it meanwhile), so the edit cannot silently undo that change. By default
	 * the row is imported unchecked, as a file would be: a file is the truth it brings.
	 *
	 * @throws LedgerValidationException the row's problems by column; nothing stored
	 */
	default LedgerImportResult importEdit(LedgerTable table, List<String> seen, Principal actor) {
		return importTable(table, actor);
	}

	/**
	 * Imports a file: by default the reader reads it whole and {@link #importTable} validates and stores it (the
	 * result carries the rows the reader skipped, {@link LedgerTable#notices()}). A
	 * kind for files too large to hold (the case register) overrides this to store rows as they stream past.
	 *
	 * @param monitor progress and cancel (nothing stored when cancelled); may be null
	 */
	default LedgerImportResult importFile(Path file, LedgerReader reader, Principal actor, IProgressMonitor monitor) {
		LedgerTable table = reader.readTable(file, columns(), monitor);
		return importTable(table, actor).withNotices(table.notices());
	}

	/** The records the reader may see, as cell texts in {@link #columns()} order. */
	List<List<String>> exportRows(Principal reader);
}
