package ducha.integrity.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row of one of the integrity tables holding one record of the public API: a generated id and one mapped field
 * per other component of the record, of the same name and type. {@link #update} and {@link #toRecord} copy the
 * values across by those names ({@link RowMapping}), so a table's entity declares only its columns, and the
 * ledger kinds upsert and export every table through this one contract. A row is made by {@link #of}, so a table's
 * entity has no constructor of its own (JPA uses the implicit one). Every row carries the optimistic lock's
 * version (integrity migration V4); a record with a {@code version} component shows it, and the row never takes it
 * from a record: JPA alone moves it.
 *
 * @param <R> the record the row stores; its first component is the id
 */
@MappedSuperclass
public abstract class RecordRow<R extends Record> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	/** Optimistic lock: a change made from an out-of-date view of the row is refused. */
	@Version
	@Column(name = "version")
	private long version;

	/** A new row of the type holding the record's values (its id is generated when the row is stored). */
	public static <R extends Record, E extends RecordRow<R>> E of(Class<E> type, R record) {
		E row;
		try {
			row = type.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(type.getName() + " cannot be made without arguments", e);
		}
		row.update(record);
		return row;
	}

	public long id() {
		return id;
	}

	/** The version the row was read at. */
	public long version() {
		return version;
	}

	/** Takes every value of the record but its id. */
	public void update(R record) {
		RowMapping.of(getClass()).copy(record, this);
	}

	/** The stored record, with its id. */
	@SuppressWarnings("unchecked")
	public R toRecord() {
		return (R) RowMapping.of(getClass()).record(this, id);
	}
}
