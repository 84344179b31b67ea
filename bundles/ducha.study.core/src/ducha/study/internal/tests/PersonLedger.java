package ducha.study.internal.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.study.StudyPermissions;
import ducha.study.StudyTest;
import ducha.study.internal.jpa.PersonRow;
import ducha.study.internal.jpa.TestEntity;

/**
 * A ledger of one record per person and test (scores, make-ups), keyed by 检测编号 + 工号: the 工号 must be in the
 * directory and the pair unique in the file, the test must be stored, a record is upserted by the pair, and an
 * export holds the rows of the staff whose scores the reader may see. A kind says how its row is read, checked
 * against its test and written.
 *
 * @param <R> what one row becomes
 * @param <E> the table's row
 */
abstract class PersonLedger<R extends PersonLedger.PersonRecord, E extends PersonRow> extends RecordLedgerKind<R> {

	/** What every record of such a ledger holds. */
	interface PersonRecord {
		String testCode();

		String staffNo();
	}

	protected final TestLedgers support;
	private final LedgerColumn staffColumn;
	private final LedgerColumn testColumn;
	private final Class<E> rowType;

	PersonLedger(TestLedgers support, String id, String label, List<LedgerColumn> columns, Class<E> rowType) {
		super(id, label, columns);
		this.support = support;
		this.staffColumn = columns.get(0);
		this.testColumn = columns.get(1);
		this.rowType = rowType;
	}

	@Override
	protected final LedgerStorage storage() {
		return support.storage();
	}

	@Override
	protected final String readPermission() {
		return StudyPermissions.SCORES_READ_ALL;
	}

	/** The staff member of the row's 工号 (a problem when unknown), and the pair with the test unique in the file. */
	protected Staff person(LedgerRowValidator v, LedgerRow row, String testCode) {
		Staff staff = v.staff(row, staffColumn, support.directory);
		if (staff != null && testCode != null) {
			v.unique(row, staffColumn, testCode + " " + staff.staffNo());
		}
		return staff;
	}

	/** The record checked against its stored test (problems to the validator), completed with the test's id. */
	protected abstract R check(EntityManager em, LedgerRowValidator v, LedgerRow row, StudyTest test, R record);

	/** A new row of the table for the record's person and test. */
	protected abstract E newRow(long testId, R record);

	/** Writes the record's values into the row. */
	protected abstract void write(E row, R record);

	/** The id of the record's test, once {@link #check} filled it in. */
	protected abstract long testId(R record);

	/** The row as exported cells, in column order. */
	protected abstract List<String> cells(E row, String testCode);

	@Override
	protected final List<R> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<R> records) {
		TestLedgers.Tests tests = new TestLedgers.Tests(em);
		List<R> checked = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			StudyTest test = tests.get(v, rows.get(i), testColumn, records.get(i).testCode());
			if (test != null) {
				checked.add(check(em, v, rows.get(i), test, records.get(i)));
			}
		}
		return checked;
	}

	@Override
	protected final Stored upsert(EntityManager em, R record) {
		long testId = testId(record);
		E stored = PersonRow.of(em, rowType, testId, record.staffNo()).stream().findFirst().orElse(null);
		return insertOrUpdate(em, stored, () -> {
			E created = newRow(testId, record);
			write(created, record);
			return created;
		}, row -> write(row, record));
	}

	@Override
	protected final List<List<String>> export(EntityManager em, Principal reader) {
		TestAccess.ScoreVisibility visible = support.access.visibility(reader);
		Map<Long, String> codes = new HashMap<>();
		em.createQuery("select t from TestEntity t", TestEntity.class).getResultList()
				.forEach(t -> codes.put(t.id(), t.toRecord().code()));
		return em.createQuery("select r from " + rowType.getSimpleName() + " r", rowType).getResultList().stream()
				.filter(r -> visible.test(r.staffNo(),
						support.directory.staff(r.staffNo()).map(Staff::departmentCode).orElse(null)))
				.sorted(Comparator.comparing((E r) -> codes.get(r.testId())).thenComparing(PersonRow::staffNo))
				.map(r -> cells(r, codes.get(r.testId()))).toList();
	}
}
