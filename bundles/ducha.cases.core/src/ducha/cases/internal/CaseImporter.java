package ducha.cases.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import ducha.cases.CaseRecord;
import ducha.cases.WatchRule;
import ducha.core.DuchaException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerNotice;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerReader;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowHandler;
import ducha.core.ledger.LedgerRowValidator;

/**
 * One import of the case register: rows are parsed, checked and upserted as the platform's {@link LedgerReader}
 * streams them past (CSV and XLSX alike), all inside one database transaction that commits only when the whole
 * file was clean. After the first bad row nothing more is written, but every row is still checked, so that the user
 * gets all problems at once.
 * <p>
 * Built for a register of a million cases and more (figures in docs/benchmarks.md):
 * <ul>
 * <li>Memory stays flat: the reader holds one row at a time, rows go to the database in batches of
 * {@link CaseStore#CHUNK}, and what is remembered across rows is hashes, not rows: the file's numbers for
 * duplicates ({@link CaseNumberSet}) and the register's numbers in the store, about 24 MB each per million cases,
 * plus at most {@link ProblemList#MAX} problems.</li>
 * <li>One transaction, one commit: the all-or-nothing contract of ledger imports (and a cancel) costs a rollback, not
 * a clean-up. Derby keeps the whole transaction in its log until the commit (1.3 GB for a million new cases on
 * disk, freed at the checkpoint after the commit); intermediate commits would be faster on nothing that matters and
 * would leave half a file behind on an error.</li>
 * <li>Progress (the share of the file read) and cancel come from the reader, every
 * {@link LedgerReader#PROGRESS_EVERY} rows and once more at the end of the file, before the commit.</li>
 * <li>Into an empty register in embedded Derby the checked cases flow into Derby's bulk insert while the file is
 * still being read ({@link CaseBulkLoad}: close to the speed of {@code SYSCS_UTIL.SYSCS_IMPORT_TABLE}, in the same
 * transaction); on PostgreSQL every import writes them into one {@code COPY ... FROM STDIN} in the same way
 * ({@link CaseCopyLoad}: into the register when it is empty, otherwise into a staging table stored by one upsert);
 * otherwise they go in JDBC batches that upsert ({@link CaseStore}). All are written through a {@link CaseWriter}
 * and hold the same guarantees.</li>
 * </ul>
 */
final class CaseImporter {

	/** {@code -Dducha.cases.bulkImport=off}: every import in row batches ({@link CaseStore}). */
	static final String BULK_SWITCH = "ducha.cases.bulkImport";

	private final DataSource dataSource;
	private final CaseRowParser parser;

	CaseImporter(DataSource dataSource, CaseRowParser parser) {
		this.dataSource = dataSource;
		this.parser = parser;
	}

	/** Streams a CSV (UTF-8 with or without BOM, or GBK) or XLSX file into the register. */
	LedgerImportResult importFile(Path file, LedgerReader reader, IProgressMonitor monitor) {
		String name = file.getFileName().toString();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.importCasesTask, name), 1);
		return run(name, rows -> reader.read(file, CaseColumns.ALL, rows, progress.newChild(1)));
	}

	/** Imports rows read earlier into a table. */
	LedgerImportResult importRows(String fileName, List<LedgerRow> rows) {
		return run(fileName, sink -> rows.forEach(sink::row));
	}

	private LedgerImportResult run(String fileName, Consumer<LedgerRowHandler> feed) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (CaseWriter store = writer(connection)) {
				Rows rows = new Rows(fileName, store);
				feed.accept(rows);
				LedgerImportResult result = rows.finish();
				refreshFlagDates(connection, store);
				connection.commit();
				return result;
			} catch (RuntimeException | SQLException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new DuchaException(NLS.bind(Messages.importWriteFailed, fileName, e.getMessage()), e);
		}
	}

	/**
	 * The long-pending dates of what the file changed, in its transaction: worked out again set-based, unless the
	 * writer wrote every stored case's date from the rule table that is still stored (a first load; a rule saved
	 * meanwhile makes the refresh run). Unneeded, the refresh costs a first load of a million cases in Derby a
	 * logged update of every open case after the last row.
	 */
	private static void refreshFlagDates(Connection connection, CaseWriter store) throws SQLException {
		List<WatchRule> written = store.flagDatesFrom();
		if (written == null || !written.equals(FlagDates.storedRules(connection))) {
			FlagDates.refresh(connection);
		}
	}

	/**
	 * The engine's bulk load where it fits (Derby's bulk insert for the first load of an empty register in embedded
	 * Derby, {@code COPY} on PostgreSQL), otherwise row batches; always row batches when the system property
	 * {@value #BULK_SWITCH} is {@code off} (a way back should an installation's database refuse the bulk path, and
	 * how the tests compare the two paths).
	 */
	private static CaseWriter writer(Connection connection) throws SQLException {
		if ("off".equals(System.getProperty(BULK_SWITCH))) {
			return new CaseStore(connection);
		}
		CaseWriter bulk = CaseBulkLoad.openIfFits(connection);
		if (bulk == null) {
			bulk = CaseCopyLoad.openIfFits(connection);
		}
		return bulk != null ? bulk : new CaseStore(connection);
	}

	/** Checks each row as it comes and hands clean rows to the store while the file has no problem yet. */
	private final class Rows implements LedgerRowHandler {

		private final String fileName;
		private final CaseWriter store;
		private final ProblemList problems;
		private final CaseNumberSet seen = new CaseNumberSet();
		private final List<LedgerNotice> notices = new ArrayList<>();
		private int count;

		Rows(String fileName, CaseWriter store) {
			this.fileName = fileName;
			this.store = store;
			this.problems = new ProblemList(fileName);
		}

		@Override
		public void row(LedgerRow row) {
			count++;
			LedgerRowValidator v = new LedgerRowValidator(fileName);
			CaseRecord record = parser.parse(row, v);
			if (record != null) {
				int first = seen.addOrFirstRow(record.number().text(), row.rowNumber());
				if (first > 0) {
					v.problem(row, CaseColumns.CASE_NO, NLS.bind(Messages.caseNoRepeated, record.number().text(), first));
				}
			}
			problems.addAll(v.problems());
			if (problems.isEmpty() && record != null) {
				try {
					store.add(record);
				} catch (SQLException e) {
					throw new DuchaException(NLS.bind(Messages.importWriteFailed, fileName, e.getMessage()), e);
				}
			}
		}

		@Override
		public void problem(LedgerProblem problem) {
			problems.addAll(List.of(problem));
		}

		@Override
		public void notice(LedgerNotice notice) {
			notices.add(notice);
		}

		LedgerImportResult finish() throws SQLException {
			problems.throwIfAny();
			store.flush();
			// from here every case of the file is in case_register on both paths (a bulk load has ended): set-based
			// work on the imported cases belongs here, in the same transaction, before the commit
			return new LedgerImportResult(DefaultCaseRegister.KIND, fileName, count, store.inserted(),
					store.updated(), notices);
		}
	}
}
