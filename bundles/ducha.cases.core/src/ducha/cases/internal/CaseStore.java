package ducha.cases.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ducha.cases.CaseRecord;

/**
 * Upserts cases by 案号 in JDBC batches on a connection whose transaction the caller owns (the importer commits once,
 * at the end, so that a file is stored whole or not at all). Portable SQL: no MERGE dialect.
 * <p>
 * Telling an update from an insert is what makes or breaks a million-row import. Asking the database per chunk
 * ({@code where case_no in (...)}) cost Derby several milliseconds per number inside a large transaction, ten times
 * the insert itself. Instead the store reads every 案号 of the register once, at the start, with one scan of the
 * primary key index into a {@link CaseNumberSet} (hashes only, about 24 MB for a million cases; no rows are held),
 * and then sends each case straight to the update or the insert batch. A hash that only looks known (about 1 in
 * 10^7 in a million) shows as an update that changed no row: that case then goes to the insert batch, so the
 * outcome is exact. A case that another writer inserts after the scan makes the insert fail on the primary key, and
 * the caller rolls the whole import back.
 * <p>
 * An unknown party count (no 当事人数 column, or an empty cell) never overwrites a known one: exports of case
 * systems that do not carry the count must not erase what an earlier, fuller export stored.
 */
final class CaseStore implements CaseWriter {

	/** Cases per executed batch: large enough to amortise the round trips, small enough to keep memory flat. */
	static final int CHUNK = 1000;

	private static final String INSERT = "insert into case_register (case_year, court_code, case_type, sequence_no,"
			+ " cause, judge_no, department_code, filing_date, trial_procedure, closed_date, closing_method, status,"
			+ " party_count, case_family, case_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	private static final String UPDATE = "update case_register set case_year = ?, court_code = ?, case_type = ?,"
			+ " sequence_no = ?, cause = ?, judge_no = ?, department_code = ?, filing_date = ?, trial_procedure = ?,"
			+ " closed_date = ?, closing_method = ?, status = ?,"
			+ " party_count = coalesce(cast(? as integer), party_count), case_family = ?,"
			// the import writes past JPA: it still moves the optimistic lock, so no copy read before is saved over it
			+ " version = version + 1 where case_no = ?";

	private final CaseNumberSet known = new CaseNumberSet();
	private final List<CaseRecord> toUpdate = new ArrayList<>(CHUNK);
	private final List<CaseRecord> toInsert = new ArrayList<>(CHUNK);
	private final PreparedStatement insert;
	private final PreparedStatement update;
	private int inserted;
	private int updated;

	CaseStore(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select case_no from case_register")) {
			while (rs.next()) {
				known.addOrFirstRow(rs.getString(1), 1);
			}
		}
		this.insert = connection.prepareStatement(INSERT);
		this.update = connection.prepareStatement(UPDATE);
	}

	@Override
	public void add(CaseRecord record) throws SQLException {
		String number = record.number().text();
		if (known.contains(number)) {
			toUpdate.add(record);
		} else {
			known.addOrFirstRow(number, 1);
			toInsert.add(record);
		}
		if (toUpdate.size() + toInsert.size() >= CHUNK) {
			flush();
		}
	}

	@Override
	public void flush() throws SQLException {
		// inserts first: a number added twice then meets its own row and is updated, as an upsert should be
		insertAll(toInsert);
		toInsert.clear();
		if (!toUpdate.isEmpty()) {
			for (CaseRecord record : toUpdate) {
				bind(update, record);
				update.addBatch();
			}
			int[] counts = update.executeBatch();
			List<CaseRecord> missed = new ArrayList<>();
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] == 0) {
					missed.add(toUpdate.get(i)); // its hash only looked known
				} else {
					updated++; // 1, or SUCCESS_NO_INFO from drivers that do not count
				}
			}
			toUpdate.clear();
			insertAll(missed);
		}
	}

	private void insertAll(List<CaseRecord> records) throws SQLException {
		if (records.isEmpty()) {
			return;
		}
		for (CaseRecord record : records) {
			bind(insert, record);
			insert.addBatch();
		}
		insert.executeBatch();
		inserted += records.size();
	}

	@Override
	public int inserted() {
		return inserted;
	}

	@Override
	public int updated() {
		return updated;
	}

	@Override
	public void close() throws SQLException {
		insert.close();
		update.close();
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
		if (r.partyCount() == null) {
			s.setNull(13, Types.INTEGER);
		} else {
			s.setInt(13, r.partyCount());
		}
		setNullable(s, 14, r.number().family().map(Enum::name).orElse(null));
		s.setString(15, r.number().text());
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
