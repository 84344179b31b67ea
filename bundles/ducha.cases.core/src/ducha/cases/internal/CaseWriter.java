package ducha.cases.internal;

import java.sql.SQLException;
import java.util.List;

import ducha.cases.CaseRecord;
import ducha.cases.WatchRule;

/**
 * Where an import's checked cases go, on a connection whose transaction the importer owns: row batches that upsert
 * ({@link CaseStore}), or the database's bulk load: into an empty register in embedded Derby ({@link CaseBulkLoad}),
 * any import on PostgreSQL ({@link CaseCopyLoad}).
 */
interface CaseWriter extends AutoCloseable {

	/** Takes one checked case; the file's cases come one by one, each number once. */
	void add(CaseRecord record) throws SQLException;

	/** Writes what is still held, after the last case of a clean file and before the commit. */
	void flush() throws SQLException;

	int inserted();

	int updated();

	/**
	 * The rule table from which this writer wrote the long-pending date of every case the register holds after
	 * {@link #flush()}, when it did (a first load into an empty register); null when the importer's
	 * {@link FlagDates#refresh} must decide them. The importer skips the refresh only when the table stored at its
	 * end is this one.
	 */
	default List<WatchRule> flagDatesFrom() {
		return null;
	}

	/** Releases the statements; a writer closed without {@link #flush()} leaves its cases to the rollback. */
	@Override
	void close() throws SQLException;
}
