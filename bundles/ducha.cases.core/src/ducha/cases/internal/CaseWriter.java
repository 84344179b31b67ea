package ducha.cases.internal;

import java.sql.SQLException;

import ducha.cases.CaseRecord;

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

	/** Releases the statements; a writer closed without {@link #flush()} leaves its cases to the rollback. */
	@Override
	void close() throws SQLException;
}
