package ducha.integrity.internal.ledger;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.integrity.internal.jpa.RecordRow;

/**
 * A ledger kind of the integrity archive: the platform's {@link RecordLedgerKind} stored in the plugin's unit
 * through {@link LedgerSupport}, with every table's upsert by key and export in key order done one way, so that a
 * kind declares only its columns, how a row is parsed and how a record is written back as cells.
 *
 * @param <R> what one row becomes
 */
abstract class IntegrityLedger<R> extends RecordLedgerKind<R> {

	protected final LedgerSupport support;

	/**
	 * @param key the column every row is keyed by, or null for a kind keyed by several columns (checked in
	 *            {@link #parse})
	 */
	IntegrityLedger(LedgerSupport support, String id, String label, List<LedgerColumn> columns, LedgerColumn key) {
		super(id, label, columns, key);
		this.support = support;
	}

	@Override
	protected final LedgerStorage storage() {
		return support.storage();
	}

	/** The 工号 of the column, which must be in the staff directory; null with a problem otherwise. */
	protected String staffNo(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		Staff staff = v.staff(row, column, support.directory);
		return staff == null ? null : staff.staffNo();
	}

	/** Updates the row of {@code type} whose {@code keyField} holds {@code key}, or stores a new one. */
	static <T extends Record, E extends RecordRow<T>> Stored upsert(EntityManager em, Class<E> type, String keyField,
			Object key, T record) {
		return upsert(em, type, byKey(em, type, keyField, key), record);
	}

	/** Updates {@code stored}, or stores a new row of {@code type} when it is null. */
	static <T extends Record, E extends RecordRow<T>> Stored upsert(EntityManager em, Class<E> type, E stored,
			T record) {
		return insertOrUpdate(em, stored, () -> RecordRow.of(type, record), e -> e.update(record));
	}

	/** Every record of the table, ordered by {@code order} (a field of the row, or several separated by commas). */
	static <T extends Record, E extends RecordRow<T>> List<T> records(EntityManager em, Class<E> type, String order) {
		String orderBy = String.join(", ", List.of(order.split(",\\s*")).stream().map(f -> "e." + f).toList());
		return em.createQuery("select e from " + type.getSimpleName() + " e order by " + orderBy, type)
				.getResultList().stream().map(RecordRow::toRecord).toList();
	}

	/** {@link #records} as exported cells. */
	static <T extends Record, E extends RecordRow<T>> List<List<String>> rows(EntityManager em, Class<E> type, String order,
			Function<T, List<String>> cells) {
		return records(em, type, order).stream().map(cells).toList();
	}
}
