package ducha.core.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import ducha.core.audit.AuditEntry;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.Principal;

/**
 * The base of a plugin's ledger kind whose rows become records of one type, upserted by a key in the plugin's
 * persistence unit. Besides what {@link DeclaredLedgerKind} declares, a kind says which checks need several rows or
 * the stored records, and how a record is upserted and exported; the base stores the same way for every kind of
 * every plugin:
 * <ol>
 * <li>in one transaction, the file-wide checks run over the clean rows; if any row of the file has a problem,
 * every problem is reported in row order as {@code file:row:column: reason} and nothing is stored;</li>
 * <li>otherwise every record is upserted in that same transaction, which also holds the import's audit entry with
 * its counts.</li>
 * </ol>
 *
 * @param <R> what one row becomes
 */
public abstract class RecordLedgerKind<R> extends DeclaredLedgerKind<R> {

	/** See {@link DeclaredLedgerKind#DeclaredLedgerKind(String, String, List, LedgerColumn)}. */
	protected RecordLedgerKind(String id, String label, List<LedgerColumn> columns, LedgerColumn key) {
		super(id, label, columns, key);
	}

	/** See {@link DeclaredLedgerKind#DeclaredLedgerKind(String, String, List)}. */
	protected RecordLedgerKind(String id, String label, List<LedgerColumn> columns) {
		super(id, label, columns);
	}

	/** The plugin's unit, permissions and audit. */
	protected abstract LedgerStorage storage();

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

	/**
	 * As {@link #check(EntityManager, LedgerRowValidator, List, List)}, for a kind whose checks depend on who
	 * imports: e.g. rows that refer to records the importer may not see or may not work on (a petition that names
	 * them), which must be refused as if they did not exist. By default the check without the importer.
	 *
	 * @param actor who imports the file, or edits the row
	 */
	protected List<R> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<R> records,
			Principal actor) {
		return check(em, v, rows, records);
	}

	/** What {@link #upsert} did with a record, counted in the import's result. */
	protected enum Stored {
		INSERTED, UPDATED,
		/** Already stored and left as it is (a kind that never overwrites, e.g. screened clues). */
		KEPT
	}

	/** Inserts or updates the record by its key. */
	protected abstract Stored upsert(EntityManager em, R record);

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
	protected void checkMayImport(Principal actor) {
		LedgerStorage storage = storage();
		storage.authorization().check(actor, storage.writePermission());
	}

	@Override
	protected LedgerImportResult store(LedgerTable table, LedgerRowValidator v, List<LedgerRow> rows, List<R> records,
			Principal actor) {
		return store(table, v, rows, records, actor, null);
	}

	/**
	 * Compares, inside the import's transaction, the record as it is stored now with the cells the user's form was
	 * filled from: an edit of a record that changed meanwhile is refused, naming who changed it when the audit log
	 * knows (see {@link #latestChange}).
	 */
	@Override
	public LedgerImportResult importEdit(LedgerTable table, List<String> seen, Principal actor) {
		List<String> cells = new ArrayList<>(seen);
		return importRows(table, actor, (v, rows, records) -> store(table, v, rows, records, actor, cells));
	}

	/**
	 * The newest change of the record keyed {@code key} (the first cell of its row), to name who changed it: by
	 * default the newest one-row edit of this kind's ledger view ({@link #importEdit} audits it under the key); a
	 * kind whose records other services change too looks up their own audit entries.
	 */
	protected Optional<AuditEntry> latestChange(String key) {
		return storage().audit().latestChange(id(), key);
	}

	/** @param seen the edited record's cells as the user saw them, or null for an import of a file */
	private LedgerImportResult store(LedgerTable table, LedgerRowValidator v, List<LedgerRow> rows, List<R> records,
			Principal actor, List<String> seen) {
		LedgerStorage storage = storage();
		String objectId = seen == null ? table.fileName() : keyOf(seen);
		Map<Stored, Integer> counts = Jpa.write(storage.unit(), em -> {
			if (seen != null) {
				expectUnchanged(em, seen, actor);
			}
			List<R> checked = check(em, v, rows, records, actor);
			v.throwIfProblems();
			Map<Stored, Integer> stored = new EnumMap<>(Stored.class);
			for (R record : checked) {
				stored.merge(upsert(em, record), 1, Integer::sum);
			}
			em.flush();
			afterStore(em, checked);
			int kept = stored.getOrDefault(Stored.KEPT, 0);
			// in the import's transaction: the rows and their audit entry are stored together or not at all
			storage.audit().recordIn(em, actor, storage.importAction(), id(), objectId,
					records.size() + " 行，新增 " + stored.getOrDefault(Stored.INSERTED, 0) + "，更新 "
							+ stored.getOrDefault(Stored.UPDATED, 0) + (kept > 0 ? "，保留 " + kept : ""));
			return stored;
		});
		int inserted = counts.getOrDefault(Stored.INSERTED, 0);
		int updated = counts.getOrDefault(Stored.UPDATED, 0);
		return new LedgerImportResult(id(), table.fileName(), table.rows().size(), inserted, updated);
	}

	/**
	 * Refuses an edit made from cells that no stored record exports any more: the record was changed or removed
	 * since the user's form was filled. Compares whole rows, so it holds for kinds keyed by several columns too; it
	 * exports the kind once, which the short lists edited row by row afford.
	 */
	private void expectUnchanged(EntityManager em, List<String> seen, Principal actor) {
		if (!export(em, actor).contains(seen)) {
			String key = keyOf(seen);
			throw Versions.changed(label() + " " + key, latestChange(key));
		}
	}

	private static String keyOf(List<String> cells) {
		return cells.isEmpty() ? "" : cells.get(0);
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
	 */
	protected static <E> Stored insertOrUpdate(EntityManager em, E stored, Supplier<E> create, Consumer<E> update) {
		if (stored == null) {
			em.persist(create.get());
			return Stored.INSERTED;
		}
		update.accept(stored);
		return Stored.UPDATED;
	}

	/** The one entity whose {@code keyField} holds the key, or null. */
	protected static <E> E byKey(EntityManager em, Class<E> type, String keyField, Object key) {
		return em.createQuery("select e from " + type.getSimpleName() + " e where e." + keyField + " = :key", type)
				.setParameter("key", key).getResultList().stream().findFirst().orElse(null);
	}
}
