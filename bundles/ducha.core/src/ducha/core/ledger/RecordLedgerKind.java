package ducha.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;

/**
 * The base of a ledger kind whose rows become records of one type, upserted by a key. A kind declares its
 * columns, how one row becomes a record (with {@link LedgerRowValidator}'s typed cells and limits), the checks
 * that need several rows or the stored records, and how a record is upserted and exported; the base runs the
 * import the same way for every kind of every plugin:
 * <ol>
 * <li>every row is parsed and checked, and the key column is required and unique within the file;</li>
 * <li>in one transaction, the file-wide checks run over the clean rows; if any row of the file has a problem,
 * every problem is reported in row order as {@code file:row:column: reason} and nothing is stored;</li>
 * <li>otherwise every record is upserted in that same transaction, and the import is audited with its counts.</li>
 * </ol>
 *
 * @param <R> what one row becomes
 */
public abstract class RecordLedgerKind<R> implements LedgerKind {

	/** How long a key may be, e.g. YT2024-001. */
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
	protected RecordLedgerKind(String id, String label, List<LedgerColumn> columns, LedgerColumn key) {
		this.id = id;
		this.label = label;
		this.columns = List.copyOf(columns);
		this.key = key;
	}

	/** A kind keyed by several columns: {@link #parse} checks the key (e.g. with {@link LedgerRowValidator#unique}). */
	protected RecordLedgerKind(String id, String label, List<LedgerColumn> columns) {
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

	/** The plugin's unit, permissions and audit. */
	protected abstract LedgerStorage storage();

	/** The row as a record, or null when it has problems (recorded in the validator). */
	protected abstract R parse(LedgerRowValidator v, LedgerRow row);

	/**
	 * Checks that need the whole file or the stored records (references, order of dates), inside the import's
	 * transaction before anything is written; problems go to the validator.
	 *
	 * @param rows    the clean rows, in file order
	 * @param records their records
	 * @return the records to store, completed with what the checks looked up; by default the records as given
	 */
	protected List<R> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<R> records) {
		return records;
	}

	/** Inserts or updates the record by its key; true when inserted. */
	protected abstract boolean upsert(EntityManager em, R record);

	/** Work after every record is stored, in the same transaction (e.g. links between records); default none. */
	protected void afterStore(EntityManager em, List<R> records) {
	}

	/** Every stored record the reader may see, in ledger order, as cells in {@link #columns()} order. */
	protected abstract List<List<String>> export(EntityManager em, Principal reader);

	/** The permission an export needs; the storage's by default. */
	protected String readPermission() {
		return storage().readPermission();
	}

	@Override
	public LedgerImportResult importTable(LedgerTable table, Principal actor) {
		LedgerStorage storage = storage();
		storage.authorization().check(actor, storage.writePermission());
		LedgerRowValidator v = new LedgerRowValidator(table.fileName());
		List<LedgerRow> rows = new ArrayList<>();
		List<R> records = new ArrayList<>();
		for (LedgerRow row : table.rows()) {
			if (key != null) {
				v.unique(row, key, key.maxLength() > 0 ? v.text(row, key) : v.text(row, key, KEY_LENGTH));
			}
			R record = parse(v, row);
			if (record != null && !v.hasProblems(row)) {
				rows.add(row);
				records.add(record);
			}
		}
		int inserted = Jpa.write(storage.unit(), em -> {
			List<R> checked = check(em, v, rows, records);
			v.throwIfProblems();
			int count = 0;
			for (R record : checked) {
				count += upsert(em, record) ? 1 : 0;
			}
			em.flush();
			afterStore(em, checked);
			return count;
		});
		int updated = records.size() - inserted;
		storage.audit().record(actor, storage.importAction(), id(), table.fileName(),
				records.size() + " 行，新增 " + inserted + "，更新 " + updated);
		return new LedgerImportResult(id(), table.fileName(), table.rows().size(), inserted, updated);
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		storage().authorization().check(reader, readPermission());
		return Jpa.read(storage().unit(), em -> export(em, reader));
	}

	/**
	 * Persists the entity {@code create} makes when nothing is stored under the key, otherwise updates the stored
	 * one: the usual body of {@link #upsert}.
	 *
	 * @param stored the entity stored under the record's key, or null
	 * @return true when inserted
	 */
	protected static <E> boolean insertOrUpdate(EntityManager em, E stored, Supplier<E> create, Consumer<E> update) {
		if (stored == null) {
			em.persist(create.get());
			return true;
		}
		update.accept(stored);
		return false;
	}

	/** The one entity whose {@code keyField} holds the key, or null. */
	protected static <E> E byKey(EntityManager em, Class<E> type, String keyField, Object key) {
		return em.createQuery("select e from " + type.getSimpleName() + " e where e." + keyField + " = :key", type)
				.setParameter("key", key).getResultList().stream().findFirst().orElse(null);
	}

	/** A value as an exported cell: empty for null. */
	protected static String cell(Object value) {
		return value == null ? "" : value.toString();
	}
}
