package ducha.integrity.internal.ledger;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import ducha.core.ledger.LedgerColumn;
import ducha.core.security.Principal;
import ducha.integrity.internal.jpa.RecordRow;

/**
 * An integrity ledger kind whose rows are the records of one table, keyed by the first column: it declares the
 * table's row type and key, and how a record is written as cells; upsert by key and export in key order are done
 * here.
 *
 * @param <R> the record of a row
 * @param <E> the table's row
 */
abstract class KeyedLedger<R extends Record, E extends RecordRow<R>> extends IntegrityLedger<R> {

	private final Class<E> rowType;
	private final String keyField;
	private final Function<R, String> key;

	/**
	 * @param rowType  the table's row
	 * @param keyField the row's field holding the key
	 * @param key      the key of a record
	 */
	KeyedLedger(LedgerSupport support, String id, String label, List<LedgerColumn> columns, Class<E> rowType,
			String keyField, Function<R, String> key) {
		super(support, id, label, columns, columns.get(0));
		this.rowType = rowType;
		this.keyField = keyField;
		this.key = key;
	}

	/** How a record is written as cells in column order, made once per export (e.g. with a name snapshot). */
	protected abstract Function<R, List<String>> cells();

	/** Which records the reader may see in an export; every one by default. */
	protected Predicate<R> visibleTo(Principal reader) {
		return record -> true;
	}

	@Override
	protected final Stored upsert(EntityManager em, R record) {
		return upsert(em, rowType, keyField, key.apply(record), record);
	}

	@Override
	protected final List<List<String>> export(EntityManager em, Principal reader) {
		return records(em, rowType, keyField).stream().filter(visibleTo(reader)).map(cells()).toList();
	}
}
