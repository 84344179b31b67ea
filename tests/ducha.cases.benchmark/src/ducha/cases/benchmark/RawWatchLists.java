package ducha.cases.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import ducha.cases.MarkKind;
import ducha.cases.PageKey;

/**
 * The floor of the watch lists: the SQL the services run, written by hand in raw JDBC on the same tables, so that
 * what Ducha adds (JPQL, entities, the rule of each row) shows beside it. The long-pending list reads the stored
 * long-pending date (cases migration V7), the four kinds' list the stored four-kinds flag (V8); the major-case list
 * joins the register with the current marks, as the four kinds' list did before V8 (kept as its note).
 */
final class RawWatchLists {

	private static final String COLUMNS = "c.case_no, c.case_year, c.court_code, c.case_type, c.sequence_no, c.cause,"
			+ " c.judge_no, c.department_code, c.filing_date, c.trial_procedure, c.closed_date, c.closing_method,"
			+ " c.status, c.party_count, c.flag_date";
	/** A mark with no later event of its case and kind (MarkEvents.CURRENT). */
	private static final String CURRENT = "e.action = 'MARK' and not exists (select 1 from case_mark_event x"
			+ " where x.case_no = e.case_no and x.mark_kind = e.mark_kind and x.id > e.id)";

	private final DataSource dataSource;

	RawWatchLists(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	// ---- long-pending: flag_date <= asOf, most overdue first ----

	long countLongPending(String departmentCode, LocalDate asOf) throws SQLException {
		List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(asOf)));
		String where = " where c.flag_date <= ?" + department(departmentCode, parameters);
		return count("select count(*) from case_register c" + where, parameters);
	}

	long countLongPendingOfJudge(String judgeNo, LocalDate asOf) throws SQLException {
		return count("select count(*) from case_register c where c.flag_date <= ? and c.judge_no = ?",
				List.of(Date.valueOf(asOf), judgeNo));
	}

	List<String> longPendingPage(String departmentCode, LocalDate asOf, PageKey after, int limit)
			throws SQLException {
		List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(asOf)));
		String where = " where c.flag_date <= ?" + department(departmentCode, parameters) + after("c.flag_date", after,
				parameters);
		return numbers("select " + COLUMNS + " from case_register c" + where + " order by c.flag_date, c.case_no",
				parameters, limit);
	}

	PageKey longPendingKeyAt(LocalDate asOf, long position) throws SQLException {
		return keyAt("select c.flag_date, c.case_no from case_register c where c.flag_date <= ?"
				+ " order by c.flag_date, c.case_no offset " + position + " rows fetch next 1 rows only",
				List.of(Date.valueOf(asOf)));
	}

	// ---- marked cases: the current marks of the kinds, oldest filing first ----

	/** Marks every {@code every}-th case of each kind (a different residue per kind), and unmarks a tenth again. */
	static long mark(DataSource dataSource, int every) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("delete from case_mark_event");
			long marked = 0;
			int residue = 0;
			for (MarkKind kind : MarkKind.values()) {
				marked += s.executeUpdate("insert into case_mark_event (case_no, mark_kind, action, reason, actor,"
						+ " event_time) select case_no, '" + kind.name() + "', 'MARK', 'benchmark', 'benchmark',"
						+ " current_timestamp from case_register where mod(sequence_no, " + every + ") = " + residue++);
			}
			s.executeUpdate("insert into case_mark_event (case_no, mark_kind, action, reason, actor, event_time)"
					+ " select case_no, mark_kind, 'UNMARK', 'benchmark', 'benchmark', current_timestamp"
					+ " from case_mark_event where mod(id, 10) = 0");
			// marks written behind the service's back: the stored four-kinds flag as migration V8 fills it (the
			// marked cases read first, then set by key: Derby runs an UPDATE with an IN subquery row by row)
			s.executeUpdate("update case_register set four_kinds = 0 where four_kinds = 1");
			List<String> flagged = new ArrayList<>();
			try (ResultSet rs = s.executeQuery("select distinct e.case_no from case_mark_event e where e.mark_kind"
					+ " in (" + kinds(MarkKind.fourKinds()) + ") and " + CURRENT)) {
				while (rs.next()) {
					flagged.add(rs.getString(1));
				}
			}
			try (PreparedStatement set = c.prepareStatement("update case_register set four_kinds = 1"
					+ " where case_no = ?")) {
				for (String caseNo : flagged) {
					set.setString(1, caseNo);
					set.addBatch();
				}
				set.executeBatch();
			}
			return marked;
		}
	}

	long countMarked(Set<MarkKind> kinds) throws SQLException {
		return count("select count(distinct c.case_no) from case_register c, case_mark_event e"
				+ " where c.case_no = e.case_no and e.mark_kind in (" + kinds(kinds) + ") and " + CURRENT, List.of());
	}

	List<String> markedPage(Set<MarkKind> kinds, PageKey after, int limit) throws SQLException {
		List<Object> parameters = new ArrayList<>();
		String where = " where c.case_no = e.case_no and e.mark_kind in (" + kinds(kinds) + ") and " + CURRENT
				+ after("c.filing_date", after, parameters);
		return numbers("select distinct " + COLUMNS + " from case_register c, case_mark_event e" + where
				+ " order by c.filing_date, c.case_no", parameters, limit);
	}

	PageKey markedKeyAt(Set<MarkKind> kinds, long position) throws SQLException {
		return keyAt("select distinct c.filing_date, c.case_no from case_register c, case_mark_event e"
				+ " where c.case_no = e.case_no and e.mark_kind in (" + kinds(kinds) + ") and " + CURRENT
				+ " order by c.filing_date, c.case_no offset " + position + " rows fetch next 1 rows only", List.of());
	}

	// ---- the four kinds on the stored flag (cases migration V8): one range of its index, in the list's order ----

	long countFourKinds() throws SQLException {
		return count("select count(*) from case_register c where c.four_kinds = 1", List.of());
	}

	List<String> fourKindsPage(PageKey after, int limit) throws SQLException {
		List<Object> parameters = new ArrayList<>();
		String where = " where c.four_kinds = 1" + after("c.filing_date", after, parameters);
		return numbers("select " + COLUMNS + " from case_register c" + where + " order by c.filing_date, c.case_no",
				parameters, limit);
	}

	// ----

	private static String kinds(Set<MarkKind> kinds) {
		return kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
	}

	private static String department(String code, List<Object> parameters) {
		if (code == null) {
			return "";
		}
		parameters.add(code);
		return " and c.department_code = ?";
	}

	/** The keyset condition as CaseJpql writes it: a range on the date plus a tie-break. */
	private static String after(String dateColumn, PageKey key, List<Object> parameters) {
		if (key == null) {
			return "";
		}
		parameters.add(Date.valueOf(key.date()));
		parameters.add(Date.valueOf(key.date()));
		parameters.add(key.caseNo());
		return " and " + dateColumn + " >= ? and (" + dateColumn + " > ? or c.case_no > ?)";
	}

	private long count(String sql, List<Object> parameters) throws SQLException {
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
			bind(s, parameters);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private List<String> numbers(String sql, List<Object> parameters, int limit) throws SQLException {
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
			bind(s, parameters);
			s.setMaxRows(limit);
			List<String> numbers = new ArrayList<>(limit);
			try (ResultSet rs = s.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					numbers.add(rs.getString(1));
					for (int i = 2; i <= columns; i++) {
						rs.getObject(i); // read the whole row, as the services do
					}
				}
			}
			return numbers;
		}
	}

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

	private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			s.setObject(i + 1, parameters.get(i));
		}
	}
}
