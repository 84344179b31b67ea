package ducha.cases.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ducha.cases.CaseRecord;

/**
 * Upserts cases by 案号 in JDBC batches on a connection whose transaction the caller owns: per chunk it asks which
 * numbers exist, then updates those and inserts the others. Portable SQL (no MERGE dialects).
 */
final class CaseStore {

	static final int CHUNK = 500;

	private static final String INSERT = "insert into case_register (case_year, court_code, case_type, sequence_no,"
			+ " cause, judge_no, department_code, filing_date, trial_procedure, closed_date, closing_method, status,"
			+ " case_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	private static final String UPDATE = "update case_register set case_year = ?, court_code = ?, case_type = ?,"
			+ " sequence_no = ?, cause = ?, judge_no = ?, department_code = ?, filing_date = ?, trial_procedure = ?,"
			+ " closed_date = ?, closing_method = ?, status = ? where case_no = ?";

	private final Connection connection;
	private final List<CaseRecord> pending = new ArrayList<>(CHUNK);
	private final PreparedStatement insert;
	private final PreparedStatement update;
	private final PreparedStatement exists;
	private int inserted;
	private int updated;

	CaseStore(Connection connection) throws SQLException {
		this.connection = connection;
		this.insert = connection.prepareStatement(INSERT);
		this.update = connection.prepareStatement(UPDATE);
		this.exists = connection.prepareStatement("select case_no from case_register where case_no in ("
				+ String.join(", ", Collections.nCopies(CHUNK, "?")) + ")");
	}

	void add(CaseRecord record) throws SQLException {
		pending.add(record);
		if (pending.size() == CHUNK) {
			flush();
		}
	}

	void flush() throws SQLException {
		if (pending.isEmpty()) {
			return;
		}
		Set<String> existing = existing();
		int inserts = 0;
		int updates = 0;
		for (CaseRecord record : pending) {
			boolean known = existing.contains(record.number().text());
			bind(known ? update : insert, record);
			(known ? update : insert).addBatch();
			if (known) {
				updates++;
			} else {
				inserts++;
			}
		}
		if (inserts > 0) {
			insert.executeBatch();
		}
		if (updates > 0) {
			update.executeBatch();
		}
		inserted += inserts;
		updated += updates;
		pending.clear();
	}

	int inserted() {
		return inserted;
	}

	int updated() {
		return updated;
	}

	void close() throws SQLException {
		insert.close();
		update.close();
		exists.close();
	}

	private Set<String> existing() throws SQLException {
		for (int i = 0; i < CHUNK; i++) {
			// unused places repeat the first number: the IN list keeps one prepared shape
			exists.setString(i + 1, pending.get(i < pending.size() ? i : 0).number().text());
		}
		Set<String> found = new HashSet<>();
		try (ResultSet rs = exists.executeQuery()) {
			while (rs.next()) {
				found.add(rs.getString(1));
			}
		}
		return found;
	}

	private static void bind(PreparedStatement s, CaseRecord r) throws SQLException {
		s.setInt(1, r.number().year());
		s.setString(2, r.number().courtCode());
		s.setString(3, r.number().type());
		s.setInt(4, r.number().sequence());
		s.setString(5, r.cause());
		s.setString(6, r.judgeNo());
		s.setString(7, r.departmentCode());
		s.setDate(8, Date.valueOf(r.filingDate()));
		setNullable(s, 9, r.procedure());
		setDate(s, 10, r.closedDate());
		setNullable(s, 11, r.closingMethod());
		s.setString(12, r.status().name());
		s.setString(13, r.number().text());
	}

	private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
		if (value == null) {
			s.setNull(index, Types.VARCHAR);
		} else {
			s.setString(index, value);
		}
	}

	private static void setDate(PreparedStatement s, int index, LocalDate value) throws SQLException {
		if (value == null) {
			s.setNull(index, Types.DATE);
		} else {
			s.setDate(index, Date.valueOf(value));
		}
	}
}
