package ducha.cases.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * PostgreSQL's floor: {@code COPY ... FROM STDIN (FORMAT csv)} through the driver's copy API, in one transaction,
 * into the emptied scratch table (the same plain CSV as Derby's import reads: an unquoted empty cell is NULL).
 */
final class PostgresCopy implements EngineFloor {

	private final DataSource dataSource;

	PostgresCopy(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public String label() {
		return "PostgreSQL's COPY";
	}

	@Override
	public void createTable() throws SQLException {
		RawJdbc.createTable(dataSource, TABLE, "bimp");
	}

	@Override
	public long load(Path plainCsv) throws SQLException, IOException {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.executeUpdate("truncate table " + TABLE);
			}
			long rows;
			try (Reader in = Files.newBufferedReader(plainCsv, StandardCharsets.UTF_8)) {
				rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + TABLE + " from stdin (format csv)",
						in);
			}
			c.commit();
			return rows;
		}
	}
}
