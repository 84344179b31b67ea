package ducha.cases.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;

import ducha.cases.CaseRecord;
import ducha.cases.WatchRule;
import ducha.cases.internal.bulk.CaseRowsFunction;

/**
 * An import on PostgreSQL, at the speed of its own bulk load: one {@code COPY ... FROM STDIN} is opened on the
 * importer's connection and each checked case is written into it as a line of COPY's text format while the file is
 * still being read, on the importer's own thread (the driver's copy API is a stream, no worker is needed). Into an
 * empty register the copy goes straight into {@code case_register}; into a register with cases it goes into a
 * temporary staging table of the register's shape (dropped at the commit or rollback, never written to the WAL), and
 * {@link #flush()} then stores it with one set-based upsert ({@code INSERT ... ON CONFLICT (case_no) DO UPDATE}) that
 * does what {@link CaseStore} does row by row: every column replaced by the file's, except that an unknown party
 * count keeps the stored one, and the version moved on. COPY skips the per-statement work of the row batches (parse,
 * bind, one result per row); the rows and index entries are written as fast as the server can. Each open case's
 * long-pending date goes with it ({@link FlagDates.Ahead}), so that no {@link FlagDates#refresh} writes every open
 * case a second time (an UPDATE on PostgreSQL writes a new version of the row and of its index entries): after a
 * first load the importer skips the refresh while the rules stand ({@link #flagDatesFrom()}), after a staged one
 * the refresh finds nothing of the file's to change.
 * <p>
 * The guarantees of the batch path hold because COPY is transactional on PostgreSQL: it runs in the importer's
 * transaction, so the importer's commit stores the file and its rollback undoes it. A rejected file or a cancel never
 * ends the copy: {@link #close()} cancels it (the server discards it) and the importer rolls back. Progress and
 * cancel come from the reader as before. While the copy is open the connection runs nothing else; the importer
 * writes nothing else before {@link #flush()}, which ends it.
 * <p>
 * Only on PostgreSQL with its driver wired to this bundle (an optional import: Derby-only installations have no
 * driver and use {@link CaseBulkLoad} or {@link CaseStore}). Should a writer insert a case between the check and the
 * copy into an empty register, the primary key refuses the duplicate and the import rolls back.
 */
final class CaseCopyLoad implements CaseWriter {

	private static final ILog LOG = ILog.of(CaseCopyLoad.class);

	/** Characters held before they go to the server: big enough to amortise the writes, small enough to stay flat. */
	private static final int BUFFER = 64 * 1024;

	/** The columns of Derby's bulk load (the long-pending date last), in the order {@link #line} writes them. */
	private static final String COLUMNS = CaseRowsFunction.COLUMNS;

	/** The staging table of a register with cases: the import's only, gone at its end whatever the end. */
	private static final String STAGING = "case_import_rows";

	private static final String CREATE_STAGING = "create temporary table " + STAGING
			+ " (like case_register including defaults) on commit drop";

	private static final String COUNT_KNOWN = "select count(*) from " + STAGING + " s join case_register r"
			+ " on r.case_no = s.case_no";

	/** {@link CaseStore}'s insert and update in one statement (the file's numbers are distinct: checked). */
	private static final String UPSERT = "insert into case_register (" + COLUMNS + ") select " + COLUMNS + " from "
			+ STAGING + " on conflict (case_no) do update set case_year = excluded.case_year,"
			+ " court_code = excluded.court_code, case_type = excluded.case_type,"
			+ " sequence_no = excluded.sequence_no, cause = excluded.cause, judge_no = excluded.judge_no,"
			+ " department_code = excluded.department_code, filing_date = excluded.filing_date,"
			+ " trial_procedure = excluded.trial_procedure, closed_date = excluded.closed_date,"
			+ " closing_method = excluded.closing_method, status = excluded.status,"
			// an unknown party count never overwrites a known one, as in CaseStore
			+ " party_count = coalesce(excluded.party_count, case_register.party_count),"
			+ " case_family = excluded.case_family, flag_date = excluded.flag_date,"
			// past JPA, as CaseStore: the optimistic lock still moves
			+ " version = case_register.version + 1";

	private final Connection connection;
	private final boolean staged;
	private final CopyStream copy;
	private final FlagDates.Ahead flagDates;
	private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);
	private int rows;
	private int inserted;
	private int updated;
	private boolean ended;

	/** The copy when it fits the connection: PostgreSQL with its driver wired here. */
	static CaseWriter openIfFits(Connection connection) throws SQLException {
		if (!postgresql(connection)) {
			return null;
		}
		boolean staged = !CaseBulkLoad.registerEmpty(connection);
		// read before the copy starts: while it runs the connection answers nothing else
		FlagDates.Ahead flagDates = new FlagDates.Ahead(FlagDates.storedRules(connection));
		CopyStream copy;
		try {
			if (staged && !stagingCreated(connection)) {
				return null;
			}
			copy = PgCopy.open(connection, "copy " + (staged ? STAGING : "case_register") + " (" + COLUMNS
					+ ") from stdin");
		} catch (LinkageError e) {
			// the driver's copy packages are not wired to this bundle (an optional import): slower, but complete
			LOG.warn("The case register is imported in row batches: PostgreSQL's copy API is not available ("
					+ e + ")", e);
			return null;
		}
		if (copy == null) {
			LOG.warn("The case register is imported in row batches: the connection is not PgJDBC's");
			return null;
		}
		return new CaseCopyLoad(connection, staged, copy, flagDates);
	}

	private CaseCopyLoad(Connection connection, boolean staged, CopyStream copy, FlagDates.Ahead flagDates) {
		this.connection = connection;
		this.staged = staged;
		this.copy = copy;
		this.flagDates = flagDates;
	}

	@Override
	public void add(CaseRecord r) throws SQLException {
		line(r);
		rows++;
		if (buffer.length() >= BUFFER) {
			send();
		}
	}

	@Override
	public void flush() throws SQLException {
		send();
		ended = true; // ended or failed: either way there is nothing left to cancel
		long stored = copy.end();
		if (stored != rows) {
			throw new SQLException("The copy stored " + stored + " of " + rows + " cases");
		}
		if (staged) {
			upsert();
		} else {
			inserted = rows;
		}
	}

	/** Stores the staged cases: the known numbers are updated, the others inserted. */
	private void upsert() throws SQLException {
		try (Statement s = connection.createStatement()) {
			try (ResultSet rs = s.executeQuery(COUNT_KNOWN)) {
				rs.next();
				updated = rs.getInt(1);
			}
			int stored = s.executeUpdate(UPSERT);
			if (stored != rows) {
				throw new SQLException("The upsert stored " + stored + " of " + rows + " cases");
			}
		}
		inserted = rows - updated;
	}

	@Override
	public int inserted() {
		return inserted;
	}

	@Override
	public int updated() {
		return updated;
	}

	/**
	 * Into an empty register every case in it afterwards is the file's, with the dates of these rules; into a
	 * register with cases the refresh decides (the cases the file does not name keep what they had).
	 */
	@Override
	public List<WatchRule> flagDatesFrom() {
		return staged ? null : flagDates.rules();
	}

	/** Without a flush the file was rejected or cancelled: the copy is cancelled, and the importer rolls back. */
	@Override
	public void close() {
		if (!ended) {
			ended = true;
			try {
				copy.cancel();
			} catch (SQLException e) {
				// the rollback that follows undoes the copy all the same
				LOG.info("The cancelled copy of the case register reported: " + e.getMessage());
			}
		}
	}

	private void send() throws SQLException {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8); // the driver's client encoding
		buffer.setLength(0);
		copy.write(bytes);
	}

	/** One case as a line of COPY's text format, in the columns of {@link #COPY}. */
	private void line(CaseRecord r) {
		text(r.number().text()).append('\t');
		buffer.append(r.number().year()).append('\t');
		text(r.number().courtCode()).append('\t');
		text(r.number().type()).append('\t');
		buffer.append(r.number().sequence()).append('\t');
		text(r.cause()).append('\t');
		text(r.judgeNo()).append('\t');
		text(r.departmentCode()).append('\t');
		date(r.filingDate()).append('\t');
		text(r.procedure()).append('\t');
		date(r.closedDate()).append('\t');
		text(r.closingMethod()).append('\t');
		text(r.status().name()).append('\t');
		(r.partyCount() == null ? buffer.append("\\N") : buffer.append(r.partyCount().intValue())).append('\t');
		text(r.number().family().map(Enum::name).orElse(null)).append('\t');
		date(flagDates.of(r)).append('\n');
	}

	/** A text value, escaped as COPY's text format reads it back; null as its NULL marker. */
	private StringBuilder text(String value) {
		if (value == null) {
			return buffer.append("\\N");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> buffer.append("\\\\");
			case '\t' -> buffer.append("\\t");
			case '\n' -> buffer.append("\\n");
			case '\r' -> buffer.append("\\r");
			default -> buffer.append(c);
			}
		}
		return buffer;
	}

	/**
	 * ISO dates (yyyy-mm-dd), which PostgreSQL reads whatever its DateStyle: what {@link LocalDate#toString()} writes,
	 * appended without a string of its own for the years of a register (three dates a case).
	 */
	private StringBuilder date(LocalDate value) {
		if (value == null) {
			return buffer.append("\\N");
		}
		if (value.getYear() < 1000 || value.getYear() > 9999) {
			return buffer.append(value.toString()); // padded or signed: LocalDate's own rules
		}
		buffer.append(value.getYear()).append('-');
		twoDigits(value.getMonthValue()).append('-');
		return twoDigits(value.getDayOfMonth());
	}

	private StringBuilder twoDigits(int value) {
		return buffer.append(value < 10 ? "0" : "").append(value);
	}

	/**
	 * Creates the staging table, or says why not and leaves the transaction as it was (a role without the database's
	 * TEMPORARY privilege imports in row batches).
	 */
	private static boolean stagingCreated(Connection connection) throws SQLException {
		Savepoint before = connection.setSavepoint();
		try (Statement s = connection.createStatement()) {
			s.executeUpdate(CREATE_STAGING);
			connection.releaseSavepoint(before);
			return true;
		} catch (SQLException e) {
			connection.rollback(before);
			LOG.warn("The case register is imported in row batches: the staging table could not be created ("
					+ e.getMessage() + ")", e);
			return false;
		}
	}

	private static boolean postgresql(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
	}

	/** The copy as this class uses it, so that only {@link PgCopy} links the driver's classes. */
	interface CopyStream {

		void write(byte[] bytes) throws SQLException;

		/** Ends the copy; returns the rows the server stored. */
		long end() throws SQLException;

		/** Abandons the copy: the server stores nothing of it. */
		void cancel() throws SQLException;
	}

	/** PgJDBC's copy API: loaded only on PostgreSQL, and failing to link where the driver is not wired. */
	private static final class PgCopy implements CopyStream {

		private final org.postgresql.copy.CopyIn in;

		private PgCopy(org.postgresql.copy.CopyIn in) {
			this.in = in;
		}

		/** The copy, or null where the connection is not the driver's (nor wraps it). */
		static CopyStream open(Connection connection, String sql) throws SQLException {
			if (!connection.isWrapperFor(org.postgresql.PGConnection.class)) {
				return null;
			}
			return new PgCopy(connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(sql));
		}

		@Override
		public void write(byte[] bytes) throws SQLException {
			in.writeToCopy(bytes, 0, bytes.length);
		}

		@Override
		public long end() throws SQLException {
			return in.endCopy();
		}

		@Override
		public void cancel() throws SQLException {
			if (in.isActive()) {
				in.cancelCopy();
			}
		}
	}
}
