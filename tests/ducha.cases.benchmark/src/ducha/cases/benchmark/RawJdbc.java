package ducha.cases.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import ducha.cases.CaseNumber;
import ducha.cases.CaseStatus;
import ducha.cases.PageKey;
import ducha.cases.WatchRule;
import ducha.cases.WatchRules;

/**
 * The baseline: what hand-written JDBC does with the same file and the same data. Loading reads the CSV with a
 * plain line split (the generated file has no quoted cells), parses the 案号 and writes a scratch table of the
 * same shape as case_register (columns, key and indexes as of cases migration V9) with one PreparedStatement batch
 * per 1,000 rows and one commit at the end, like Ducha's all-or-nothing import. The rows it stores are the ones the
 * import stores: the case type's family and the long-pending date (filing date + the deciding rule's days, open
 * cases only) are computed per row in Java, so both pay for the same columns and the same nine indexes. It
 * validates nothing. Queries run the SQL a developer would write against case_register itself.
 */
final class RawJdbc {

	static final String TABLE = "bench_case_register";
	private static final int BATCH = 1000;
	private static final String COLUMNS = "case_no, case_year, court_code, case_type, sequence_no, cause, judge_no,"
			+ " department_code, filing_date, trial_procedure, closed_date, closing_method, status";
	/** What a load writes besides the queries' columns: what the import stores in every row too. */
	private static final String STORED = COLUMNS + ", case_family, flag_date";
	private static final String OPEN = "status in ('PENDING', 'SUSPENDED')";

	private final DataSource dataSource;
	private final Map<String, String> departmentCodes;
	private final FlagDays flagDays;

	RawJdbc(DataSource dataSource, Map<String, String> departmentCodes) {
		this(dataSource, departmentCodes, List.of());
	}

	/** @param rules the court's long-pending rules, from which every loaded row's flag_date is computed */
	RawJdbc(DataSource dataSource, Map<String, String> departmentCodes, List<WatchRule> rules) {
		this.dataSource = dataSource;
		this.departmentCodes = departmentCodes;
		this.flagDays = new FlagDays(rules);
	}

	/**
	 * A case's long-pending date as FlagDates stores it: the filing date plus the days of the rule that decides
	 * its (type, procedure), for open cases; null otherwise. The rule of each pair is looked up once.
	 */
	static final class FlagDays {
		private final WatchRules rules;
		private final Map<List<String>, Integer> days = new HashMap<>();

		FlagDays(List<WatchRule> rules) {
			this.rules = new WatchRules(rules);
		}

		LocalDate flagDate(String type, String procedure, LocalDate filed, CaseStatus status) {
			if (!status.isOpen()) {
				return null;
			}
			Integer after = days.computeIfAbsent(Arrays.asList(type, procedure),
					k -> rules.ruleFor(type, procedure).map(WatchRule::flagAfterDays).orElse(-1));
			return after < 0 ? null : filed.plusDays(after);
		}
	}

	/** (Re)creates the scratch table with case_register's columns, key and indexes. */
	void createTable() throws SQLException {
		createTable(dataSource, TABLE, "bench");
	}

	/**
	 * (Re)creates an empty table of case_register's shape as of cases migration V9 (columns, key and the nine
	 * indexes: V1's watch index, V1_1's three newest-first ones, V7's two on the long-pending date, V8's on the
	 * four-kinds flag, V9's on the judge and the long-pending date), names prefixed.
	 */
	static void createTable(DataSource dataSource, String table, String prefix) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			try {
				s.executeUpdate("drop table " + table);
			} catch (SQLException e) {
				// not there yet
			}
			s.executeUpdate("create table " + table + " (case_no varchar(60) not null, case_year integer not null,"
					+ " court_code varchar(20) not null, case_type varchar(10) not null, sequence_no integer not null,"
					+ " cause varchar(200) not null, judge_no varchar(20) not null,"
					+ " department_code varchar(20) not null, filing_date date not null, trial_procedure varchar(20),"
					+ " closed_date date, closing_method varchar(50), status varchar(20) not null,"
					+ " party_count integer, version bigint default 0 not null, case_family varchar(30), flag_date date,"
					+ " four_kinds smallint default 0 not null,"
					+ " constraint " + prefix + "_case_pk primary key (case_no))");
			s.executeUpdate("create index " + prefix + "_filing_ix on " + table + " (filing_date desc, case_no desc)");
			s.executeUpdate("create index " + prefix + "_department_ix on " + table
					+ " (department_code, filing_date desc, case_no desc)");
			s.executeUpdate("create index " + prefix + "_judge_ix on " + table
					+ " (judge_no, filing_date desc, case_no desc)");
			s.executeUpdate("create index " + prefix + "_watch_ix on " + table
					+ " (status, case_type, trial_procedure, filing_date, case_no)");
			s.executeUpdate("create index " + prefix + "_flag_ix on " + table
					+ " (flag_date, case_no, department_code, judge_no)");
			s.executeUpdate("create index " + prefix + "_department_flag_ix on " + table
					+ " (department_code, flag_date, case_no)");
			s.executeUpdate("create index " + prefix + "_four_kinds_ix on " + table
					+ " (four_kinds, filing_date, case_no, department_code, judge_no)");
			s.executeUpdate("create index " + prefix + "_judge_flag_ix on " + table + " (judge_no, flag_date, case_no)");
		}
	}

	void truncate() throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("truncate table " + TABLE);
		}
	}

	/** Inserts every row of the file; returns the rows written. */
	long load(Path file) throws IOException, SQLException {
		return write(file, "insert into " + TABLE + " (" + STORED + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?)", false);
	}

	/** Updates every row of the file by 案号, as a re-import does; returns the rows updated. */
	long update(Path file) throws IOException, SQLException {
		return write(file, "update " + TABLE + " set case_year = ?, court_code = ?, case_type = ?, sequence_no = ?,"
				+ " cause = ?, judge_no = ?, department_code = ?, filing_date = ?, trial_procedure = ?, closed_date = ?,"
				+ " closing_method = ?, status = ?, case_family = ?, flag_date = ? where case_no = ?", true);
	}

	private long write(Path file, String sql, boolean keyLast) throws IOException, SQLException {
		long rows = 0;
		try (Connection c = dataSource.getConnection();
				BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			c.setAutoCommit(false);
			try (PreparedStatement s = c.prepareStatement(sql)) {
				in.readLine(); // header
				int offset = keyLast ? 0 : 1;
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					String[] cell = line.split(",", -1);
					CaseNumber number = CaseNumber.parse(cell[0]);
					s.setString(keyLast ? 15 : 1, number.text());
					s.setInt(1 + offset, number.year());
					s.setString(2 + offset, number.courtCode());
					s.setString(3 + offset, number.type());
					s.setInt(4 + offset, number.sequence());
					s.setString(5 + offset, cell[1]);
					s.setString(6 + offset, cell[2]);
					s.setString(7 + offset, departmentCodes.get(cell[3]));
					s.setDate(8 + offset, Date.valueOf(LocalDate.parse(cell[4])));
					setText(s, 9 + offset, cell[5]);
					if (cell[6].isEmpty()) {
						s.setNull(10 + offset, Types.DATE);
					} else {
						s.setDate(10 + offset, Date.valueOf(LocalDate.parse(cell[6])));
					}
					setText(s, 11 + offset, cell[7]);
					CaseStatus status = CaseStatus.parse(cell[8]);
					s.setString(12 + offset, status.name());
					setText(s, 13 + offset, number.family().map(Enum::name).orElse(""));
					LocalDate flag = flagDays.flagDate(number.type(), cell[5].isEmpty() ? null : cell[5],
							LocalDate.parse(cell[4]), status);
					if (flag == null) {
						s.setNull(14 + offset, Types.DATE);
					} else {
						s.setDate(14 + offset, Date.valueOf(flag));
					}
					s.addBatch();
					if (++rows % BATCH == 0) {
						s.executeBatch();
					}
				}
				s.executeBatch();
				c.commit();
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		}
		return rows;
	}

	private static void setText(PreparedStatement s, int index, String value) throws SQLException {
		if (value.isEmpty()) {
			s.setNull(index, Types.VARCHAR);
		} else {
			s.setString(index, value);
		}
	}

	long count(String table) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Rows of a table of case_register's shape with a long-pending date (a range of its flag index). */
	long countFlagDates(String table) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from " + table + " where flag_date >= date('0001-01-01')")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	// ---- the register: newest filing first, keyset pages ----

	/** Case numbers of one register page after the key (null: the first page). */
	List<String> registerPage(PageKey after, int limit) throws SQLException {
		String where = after == null ? "" : " where filing_date <= ? and (filing_date < ? or case_no < ?)";
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select " + COLUMNS
				+ " from case_register" + where + " order by filing_date desc, case_no desc")) {
			if (after != null) {
				s.setDate(1, Date.valueOf(after.date()));
				s.setDate(2, Date.valueOf(after.date()));
				s.setString(3, after.caseNo());
			}
			return numbers(s, limit);
		}
	}

	/** The key of the register's row at a position (0-based), found with OFFSET: how deep pages are reached. */
	PageKey registerKeyAt(long position) throws SQLException {
		return keyAt("select filing_date, case_no from case_register order by filing_date desc, case_no desc"
				+ " offset " + position + " rows fetch next 1 rows only", List.of());
	}

	// ---- the long-pending list: open, filed on or before each (type, procedure) rule's cut-off day ----

	/** The flagged cases' condition with its parameters, built from the open cases' (type, procedure) pairs. */
	record Flagged(String where, List<Object> parameters) {
	}

	Flagged flagged(List<WatchRule> ruleTable, LocalDate asOf) throws SQLException {
		WatchRules rules = new WatchRules(ruleTable);
		List<String> alternatives = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select distinct case_type, trial_procedure from case_register where "
						+ OPEN)) {
			while (rs.next()) {
				String type = rs.getString(1);
				String procedure = rs.getString(2);
				var rule = rules.ruleFor(type, procedure);
				if (rule.isPresent()) {
					alternatives.add("(case_type = ? and " + (procedure == null ? "trial_procedure is null"
							: "trial_procedure = ?") + " and filing_date <= ?)");
					parameters.add(type);
					if (procedure != null) {
						parameters.add(procedure);
					}
					parameters.add(Date.valueOf(asOf.minusDays(rule.get().flagAfterDays())));
				}
			}
		}
		return new Flagged(" where " + OPEN + " and (" + String.join(" or ", alternatives) + ")", parameters);
	}

	long countFlagged(Flagged flagged) throws SQLException {
		try (Connection c = dataSource.getConnection();
				PreparedStatement s = c.prepareStatement("select count(*) from case_register" + flagged.where())) {
			bind(s, flagged.parameters());
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** Case numbers of one long-pending page, oldest filing first, after the key (null: the first page). */
	List<String> flaggedPage(Flagged flagged, PageKey after, int limit) throws SQLException {
		List<Object> parameters = new ArrayList<>(flagged.parameters());
		String where = flagged.where();
		if (after != null) {
			where += " and filing_date >= ? and (filing_date > ? or case_no > ?)";
			parameters.add(Date.valueOf(after.date()));
			parameters.add(Date.valueOf(after.date()));
			parameters.add(after.caseNo());
		}
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select " + COLUMNS
				+ " from case_register" + where + " order by filing_date, case_no")) {
			bind(s, parameters);
			return numbers(s, limit);
		}
	}

	PageKey flaggedKeyAt(Flagged flagged, long position) throws SQLException {
		return keyAt("select filing_date, case_no from case_register" + flagged.where()
				+ " order by filing_date, case_no offset " + position + " rows fetch next 1 rows only",
				flagged.parameters());
	}

	// ----

	private PageKey keyAt(String sql, List<Object> parameters) throws SQLException {
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
			bind(s, parameters);
			try (ResultSet rs = s.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("no row at that position");
				}
				return new PageKey(rs.getDate(1).toLocalDate(), rs.getString(2));
			}
		}
	}

	private static List<String> numbers(PreparedStatement s, int limit) throws SQLException {
		s.setMaxRows(limit);
		List<String> numbers = new ArrayList<>(limit);
		try (ResultSet rs = s.executeQuery()) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				numbers.add(rs.getString(1));
				for (int i = 2; i <= columns; i++) {
					rs.getObject(i); // read the whole row, as the register does
				}
			}
		}
		return numbers;
	}

	private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			s.setObject(i + 1, parameters.get(i));
		}
	}
}
