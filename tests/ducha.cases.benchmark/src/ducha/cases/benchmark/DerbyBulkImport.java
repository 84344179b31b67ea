package ducha.cases.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import ducha.cases.CaseNumber;
import ducha.cases.CaseStatus;

/**
 * The engine's floor: Derby's own bulk import, {@code SYSCS_UTIL.SYSCS_IMPORT_TABLE}, into a scratch table of the
 * baseline's shape (case_register's columns, key and indexes) that is empty before each load, so Derby takes its
 * fast path (rows not logged one by one, indexes built by sorting). The procedure reads a plain CSV in the table's
 * column order: the export file (BOM, Chinese headers, department names, status labels, 案号 as one text) is turned
 * into one by {@link #prepare} before the clock starts, without any checking, so the figure is Derby's load alone.
 * That file carries what the import stores in every row as well (party_count empty, version 0, the type's family and
 * the long-pending date from the court's rules), so the engine fills the same columns and the same nine indexes.
 * The procedure commits on its own.
 */
final class DerbyBulkImport implements EngineFloor {

	private final DataSource dataSource;

	DerbyBulkImport(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public String label() {
		return "Derby's own bulk import (SYSCS_IMPORT_TABLE)";
	}

	/** (Re)creates the scratch table with the baseline's columns, key and indexes, empty. */
	@Override
	public void createTable() throws SQLException {
		RawJdbc.createTable(dataSource, TABLE, "bimp");
	}

	/** Writes the export file's rows as the plain CSV the procedure (and COPY) reads; returns that file. */
	static Path prepare(Path exportFile, Map<String, String> departmentCodes, RawJdbc.FlagDays flagDays)
			throws IOException {
		Path plain = exportFile.resolveSibling(exportFile.getFileName() + ".derby-import.csv");
		try (BufferedReader in = Files.newBufferedReader(exportFile, StandardCharsets.UTF_8);
				BufferedWriter out = Files.newBufferedWriter(plain, StandardCharsets.UTF_8)) {
			in.readLine(); // BOM and header
			StringBuilder line = new StringBuilder(256);
			for (String row = in.readLine(); row != null; row = in.readLine()) {
				String[] cell = row.split(",", -1);
				CaseNumber number = CaseNumber.parse(cell[0]);
				CaseStatus status = CaseStatus.parse(cell[8]);
				LocalDate flag = flagDays.flagDate(number.type(), cell[5].isEmpty() ? null : cell[5],
						LocalDate.parse(cell[4]), status);
				line.setLength(0);
				line.append(quoted(number.text())).append(',').append(number.year()).append(',')
						.append(quoted(number.courtCode())).append(',').append(quoted(number.type())).append(',')
						.append(number.sequence()).append(',').append(quoted(cell[1])).append(',')
						.append(quoted(cell[2])).append(',').append(quoted(departmentCodes.get(cell[3]))).append(',')
						.append(cell[4]).append(',').append(quoted(cell[5])).append(',').append(cell[6]).append(',')
						.append(quoted(cell[7])).append(',').append(quoted(status.name()))
						// party_count (unknown), version, case_family, flag_date, four_kinds (no case is marked yet):
						// case_register's later columns
						.append(",,0,").append(quoted(number.family().map(Enum::name).orElse(""))).append(',')
						.append(flag == null ? "" : flag.toString()).append(",0");
				out.append(line).append('\n');
			}
		}
		return plain;
	}

	/** Empties the scratch table (so that Derby can bulk-load it) and imports the file; returns the rows stored. */
	@Override
	public long load(Path plainCsv) throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("truncate table " + TABLE);
			}
			try (CallableStatement call = c.prepareCall(
					"call syscs_util.syscs_import_table(null, ?, ?, null, null, 'UTF-8', 0)")) {
				call.setString(1, TABLE.toUpperCase(java.util.Locale.ROOT));
				call.setString(2, plainCsv.toAbsolutePath().toString());
				call.execute();
			}
		}
		return new RawJdbc(dataSource, Map.of()).count(TABLE);
	}

	/** An empty cell stays empty (Derby reads it as NULL); text goes in double quotes. */
	private static String quoted(String text) {
		return text == null || text.isEmpty() ? "" : '"' + text.replace("\"", "\"\"") + '"';
	}
}
