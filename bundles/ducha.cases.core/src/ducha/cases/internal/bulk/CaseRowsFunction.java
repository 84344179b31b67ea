package ducha.cases.internal.bulk;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.derby.vti.VTITemplate;

/**
 * The Derby table function {@value #NAME} through which an import's checked cases flow into
 * {@code insert into case_register ... select ... from table(...)}. Derby loads a table of rows from a table
 * function with its bulk insert when the target table is empty (DERBY-4789): the table is written without logging
 * each row and every index is built once, by sorting, at the end, as {@code SYSCS_UTIL.SYSCS_IMPORT_TABLE} does,
 * but inside the caller's transaction (the import procedures commit on their own), so a bad row at the end of the
 * file or a cancel still undoes everything.
 * <p>
 * Derby calls {@link #read(String)} by name (its bundle imports packages dynamically; this package is exported for
 * it alone). The argument is a token of a feed this import registered, never a file name: any SQL caller may call
 * the function, and must not read anything through it.
 */
public final class CaseRowsFunction {

	/**
	 * The function's SQL name, versioned: a change of its columns is a new name, never an ALTER (version 2 serves
	 * the long-pending date as well; a database may still hold version 1, which nothing calls).
	 */
	public static final String NAME = "DUCHA_CASE_ROWS_2";

	/** Its declaration: the columns in the order {@link Rows} serves them. */
	public static final String CREATE = "create function " + NAME + " (feed varchar(64)) returns table ("
			+ "case_no varchar(60), case_year integer, court_code varchar(20), case_type varchar(10),"
			+ " sequence_no integer, cause varchar(200), judge_no varchar(20), department_code varchar(20),"
			+ " filing_date date, trial_procedure varchar(20), closed_date date, closing_method varchar(50),"
			+ " status varchar(20), party_count integer, case_family varchar(30), flag_date date)"
			+ " language java parameter style derby_jdbc_result_set no sql"
			+ " external name '" + CaseRowsFunction.class.getName() + ".read'";

	/** The columns of {@code case_register} it fills, in the same order. */
	public static final String COLUMNS = "case_no, case_year, court_code, case_type, sequence_no, cause, judge_no,"
			+ " department_code, filing_date, trial_procedure, closed_date, closing_method, status, party_count,"
			+ " case_family, flag_date";

	private static final Map<String, RowFeed> FEEDS = new ConcurrentHashMap<>();

	private CaseRowsFunction() {
	}

	/** Makes the feed readable through the function; returns its token. */
	public static String register(RowFeed feed) {
		String token = UUID.randomUUID().toString();
		FEEDS.put(token, feed);
		return token;
	}

	public static void unregister(String token) {
		FEEDS.remove(token);
	}

	/** Called by Derby. */
	public static ResultSet read(String token) throws SQLException {
		RowFeed feed = token == null ? null : FEEDS.get(token);
		if (feed == null) {
			throw new SQLException("No case register import is feeding " + NAME, "38000");
		}
		return new Rows(feed);
	}

	/** The cases of a feed as rows of the function's columns. */
	private static final class Rows extends VTITemplate {

		private final RowFeed feed;
		private List<BulkRow> batch = List.of();
		private int next;
		private BulkRow row;
		private boolean wasNull;

		Rows(RowFeed feed) {
			this.feed = feed;
		}

		@Override
		public boolean next() throws SQLException {
			while (next >= batch.size()) {
				batch = feed.take();
				next = 0;
				if (batch == null) {
					batch = List.of();
					row = null;
					return false;
				}
			}
			row = batch.get(next++);
			return true;
		}

		@Override
		public void close() {
			row = null;
		}

		@Override
		public boolean wasNull() {
			return wasNull;
		}

		@Override
		public String getString(int column) throws SQLException {
			String value = switch (column) {
			case 1 -> row.caseNo();
			case 3 -> row.record().number().courtCode();
			case 4 -> row.record().number().type();
			case 6 -> row.record().cause();
			case 7 -> row.record().judgeNo();
			case 8 -> row.record().departmentCode();
			case 10 -> row.record().procedure();
			case 12 -> row.record().closingMethod();
			case 13 -> row.record().status().name();
			case 15 -> row.family();
			default -> throw new SQLException("Column " + column + " of " + NAME + " is not text", "38000");
			};
			wasNull = value == null;
			return value;
		}

		@Override
		public int getInt(int column) throws SQLException {
			Integer value = switch (column) {
			case 2 -> row.record().number().year();
			case 5 -> row.record().number().sequence();
			case 14 -> row.record().partyCount();
			default -> throw new SQLException("Column " + column + " of " + NAME + " is not a number", "38000");
			};
			wasNull = value == null;
			return value == null ? 0 : value;
		}

		@Override
		public Date getDate(int column) throws SQLException {
			Date value = switch (column) {
			case 9 -> row.filed();
			case 11 -> row.closed();
			case 16 -> row.flagDate();
			default -> throw new SQLException("Column " + column + " of " + NAME + " is not a date", "38000");
			};
			wasNull = value == null;
			return value;
		}
	}
}
