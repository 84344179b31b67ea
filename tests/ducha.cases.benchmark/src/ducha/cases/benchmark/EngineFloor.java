package ducha.cases.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The database engine's own bulk load of the export file, the floor the product's import is held to (issue 16):
 * Derby's {@code SYSCS_IMPORT_TABLE} or PostgreSQL's {@code COPY}, into an empty scratch table of the baseline's
 * shape, from the plain CSV that {@link DerbyBulkImport#prepare} writes before the clock starts.
 */
interface EngineFloor {

	String TABLE = "bench_case_import";

	/** What the table row calls it. */
	String label();

	/** (Re)creates the empty scratch table. */
	void createTable() throws SQLException;

	/** Empties the scratch table and loads the plain CSV into it; returns the rows stored. */
	long load(Path plainCsv) throws SQLException, IOException;

	/** The floor of the database the data folder names. */
	static EngineFloor of(DataSource dataSource, Map<String, String> departmentCodes) throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
				return new PostgresCopy(dataSource);
			}
		}
		return new DerbyBulkImport(dataSource);
	}
}
