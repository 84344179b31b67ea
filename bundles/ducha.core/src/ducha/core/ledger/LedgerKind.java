package ducha.core.ledger;

import java.util.List;

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
	 * Validates every row and stores all of them in one transaction, or none.
	 *
	 * @throws LedgerValidationException listing every bad row as file:row:column and a reason; nothing stored
	 */
	LedgerImportResult importTable(LedgerTable table, Principal actor);

	/** The records the reader may see, as cell texts in {@link #columns()} order. */
	List<List<String>> exportRows(Principal reader);
}
