package ducha.integrity.internal.ledger;

import ducha.core.jpa.Jpa;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;

/**
 * What the integrity ledger kinds share: every row is read and checked first (all problems as file:row:column),
 * then all rows are upserted by their 编号 in one transaction, then the import is audited.
 *
 * @param <R> what one row becomes
 */
abstract class RecordLedger<R> implements LedgerKind {

	protected abstract LedgerSupport support();

	/** The 编号 column every row is keyed by (first column). */
	protected abstract LedgerColumn keyColumn();

	/** Checks the row's key: by default the {@link #keyColumn()} is required and unique within the file. */
	protected void checkKey(LedgerRowValidator v, LedgerRow row) {
		v.unique(row, keyColumn(), v.text(row, keyColumn(), 30));
	}

	/** The row as a record, or null when it has problems (recorded in the validator). */
	protected abstract R parse(LedgerRowValidator v, LedgerRow row);

	/** Checks that need the whole file (references between rows); default: none. */
	protected void checkFile(LedgerRowValidator v, List<LedgerRow> rows, List<R> records) {
	}

	/** Inserts or updates by 编号; true when inserted. */
	protected abstract boolean upsert(EntityManager em, R record);

	/** Work after every row is stored, inside the same transaction; default: none. */
	protected void afterStore(EntityManager em, List<R> records) {
	}

	/** Every stored record the reader may see, in ledger order, as cells in {@link #columns()} order. */
	protected abstract List<List<String>> export(EntityManager em, Principal reader);

	/** The permission an export needs. */
	protected String readPermission() {
		return IntegrityPermissions.RECORDS_READ;
	}

	@Override
	public LedgerImportResult importTable(LedgerTable table, Principal actor) {
		support().authorization.check(actor, IntegrityPermissions.RECORDS_WRITE);
		LedgerRowValidator v = new LedgerRowValidator(table.fileName());
		List<R> records = new ArrayList<>();
		List<LedgerRow> rows = new ArrayList<>();
		for (LedgerRow row : table.rows()) {
			checkKey(v, row);
			R record = parse(v, row);
			if (record != null && !v.hasProblems(row)) {
				records.add(record);
				rows.add(row);
			}
		}
		checkFile(v, rows, records);
		v.throwIfProblems();
		int inserted = Jpa.write(support().emf, em -> {
			int count = 0;
			for (R record : records) {
				count += upsert(em, record) ? 1 : 0;
			}
			em.flush();
			afterStore(em, records);
			return count;
		});
		support().audit.record(actor, "integrity.ledger.import", id(), null, table.fileName() + "：" + records.size()
				+ " 行，新增 " + inserted + "，更新 " + (records.size() - inserted));
		return new LedgerImportResult(id(), table.fileName(), table.rows().size(), inserted,
				records.size() - inserted);
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		support().authorization.check(reader, readPermission());
		return Jpa.read(support().emf, em -> export(em, reader));
	}

	/** The one entity with the 编号, or null. */
	protected static <E> E byKey(EntityManager em, Class<E> type, String keyField, String key) {
		return em.createQuery("select e from " + type.getSimpleName() + " e where e." + keyField + " = :key", type)
				.setParameter("key", key).getResultList().stream().findFirst().orElse(null);
	}

	protected static String cell(Object value) {
		return value == null ? "" : value.toString();
	}
}
