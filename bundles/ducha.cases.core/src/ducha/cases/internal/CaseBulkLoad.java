package ducha.cases.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.ILog;

import ducha.cases.CaseRecord;
import ducha.cases.WatchRule;
import ducha.cases.internal.bulk.BulkRow;
import ducha.cases.internal.bulk.CaseRowsFunction;
import ducha.cases.internal.bulk.RowFeed;

/**
 * The first load of an empty register in embedded Derby, at the speed of Derby's own bulk import: one statement,
 * {@code insert into case_register (...) select * from table(DUCHA_CASE_ROWS_2(?))}, runs on a worker thread
 * while the importer reads and checks the file on its own thread and hands each clean case over
 * ({@link RowFeed}), with its derived columns already worked out ({@link BulkRow}) and its long-pending date
 * ({@link FlagDates.Ahead}, from the rules read before the load): otherwise the importer's flag-date refresh would
 * update every open case one logged row at a time, after the last row, on one thread (a fifth of the import's time
 * at 200,000 cases, docs/benchmarks.md). Into an empty table Derby inserts from a table function in bulk: the rows
 * are not logged one by one and the indexes are built by one sort each at the end instead of being updated per row
 * (docs/benchmarks.md: about three times faster than the row batches, about as fast as Derby's own import). Reading
 * and loading overlap, so the import takes about as long as the slower of the two, Derby's part.
 * <p>
 * The guarantees of the batch path hold: the statement runs in the importer's transaction, so the importer's commit
 * stores the file and its rollback undoes it; a rejected file or a cancel aborts the feed, the function fails and
 * Derby undoes the statement (the bulk-loaded table and its indexes are dropped). Progress and cancel come from the
 * reader as before; the index sorts after the last row (a few seconds per million cases) cannot be cancelled.
 * <p>
 * Only for embedded Derby: a Derby network server cannot load the function's class (it uses {@link CaseStore}), and
 * PostgreSQL has no such function (it has {@link CaseCopyLoad}). Only for an empty register: Derby falls back to row inserts when the table
 * has rows, and only {@link CaseStore} updates cases by 案号. Should a writer insert a case between the check and
 * the insert, the primary key refuses the duplicate and the import rolls back.
 */
final class CaseBulkLoad implements CaseWriter {

	private static final ILog LOG = ILog.of(CaseBulkLoad.class);

	/** Cases per hand-over: amortises the queue's locking, small enough to keep memory flat. */
	private static final int BATCH = 500;

	private static final String INSERT = "insert into case_register (" + CaseRowsFunction.COLUMNS + ") select * from"
			+ " table(" + CaseRowsFunction.NAME + "(cast(? as varchar(64)))) rows_of_the_file";

	private final RowFeed feed = new RowFeed();
	private final FlagDates.Ahead flagDates;
	private final String token;
	private final Future<Long> loading;
	private List<BulkRow> batch = new ArrayList<>(BATCH);
	private int inserted;
	private boolean flushed;

	/** The bulk load when it fits the connection: embedded Derby, an empty register, the function declared. */
	static CaseWriter openIfFits(Connection connection) throws SQLException {
		if (!embeddedDerby(connection.getMetaData()) || !registerEmpty(connection) || !functionReady(connection)) {
			return null;
		}
		// read before the load starts: while it runs the connection is the worker's
		return new CaseBulkLoad(connection, new FlagDates.Ahead(FlagDates.storedRules(connection)));
	}

	private CaseBulkLoad(Connection connection, FlagDates.Ahead flagDates) {
		this.flagDates = flagDates;
		this.token = CaseRowsFunction.register(feed);
		CompletableFuture<Long> result = new CompletableFuture<>();
		Thread worker = new Thread(() -> {
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				insert.setString(1, token);
				result.complete(insert.executeLargeUpdate());
			} catch (Throwable e) {
				result.completeExceptionally(e);
			}
		}, "ducha-cases-bulk-load");
		// Derby finds the function's class through the context class loader (or its dynamic import as a fallback)
		worker.setContextClassLoader(CaseBulkLoad.class.getClassLoader());
		worker.setDaemon(true);
		worker.start();
		this.loading = result;
	}

	@Override
	public void add(CaseRecord record) throws SQLException {
		batch.add(BulkRow.of(record, flagDates.of(record)));
		inserted++;
		if (batch.size() >= BATCH) {
			handOver();
		}
	}

	@Override
	public void flush() throws SQLException {
		if (!batch.isEmpty()) {
			handOver();
		}
		try {
			if (!feed.end(this::loading)) {
				throw failure();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while the case register was loading", e);
		}
		long stored = result();
		flushed = true;
		if (stored != inserted) {
			throw new SQLException("The bulk load stored " + stored + " of " + inserted + " cases");
		}
	}

	@Override
	public int inserted() {
		return inserted;
	}

	@Override
	public int updated() {
		return 0;
	}

	/** The register was empty: every case in it now is the file's, with the dates of these rules. */
	@Override
	public List<WatchRule> flagDatesFrom() {
		return flagDates.rules();
	}

	/** Without a flush the file was rejected or cancelled: the insert is made to fail, and waited for. */
	@Override
	public void close() {
		try {
			if (!flushed && !loading.isDone()) {
				feed.abort(this::loading);
			}
			loading.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			// expected after an abort; a failure of its own was reported by flush
		} finally {
			CaseRowsFunction.unregister(token);
		}
	}

	private void handOver() throws SQLException {
		try {
			if (!feed.put(batch, this::loading)) {
				throw failure();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while the case register was loading", e);
		}
		batch = new ArrayList<>(BATCH);
	}

	private boolean loading() {
		return !loading.isDone();
	}

	private long result() throws SQLException {
		try {
			return loading.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while the case register was loading", e);
		} catch (ExecutionException e) {
			throw asSqlException(e.getCause());
		}
	}

	/** Why the insert stopped pulling before the end. */
	private SQLException failure() {
		try {
			result();
			return new SQLException("The bulk load of the case register ended early");
		} catch (SQLException e) {
			return e;
		}
	}

	private static SQLException asSqlException(Throwable cause) {
		return cause instanceof SQLException e ? e : new SQLException(String.valueOf(cause), cause);
	}

	private static boolean embeddedDerby(DatabaseMetaData metaData) throws SQLException {
		String url = metaData.getURL();
		return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
	}

	/** Whether the register has no case yet (the bulk loads only insert). */
	static boolean registerEmpty(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select 1 from case_register fetch first 1 rows only")) {
			return !rs.next();
		}
	}

	/**
	 * Declares the function in the register's schema the first time, in a transaction of its own (nothing of the
	 * import is written yet). Where it cannot be declared, the import uses row batches, which are slower but complete.
	 */
	private static boolean functionReady(Connection connection) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement("select 1 from sys.sysaliases a join sys.sysschemas s"
				+ " on a.schemaid = s.schemaid where a.alias = ? and s.schemaname = current schema")) {
			s.setString(1, CaseRowsFunction.NAME);
			try (ResultSet rs = s.executeQuery()) {
				if (rs.next()) {
					return true;
				}
			}
		}
		try (Statement s = connection.createStatement()) {
			s.executeUpdate(CaseRowsFunction.CREATE);
			connection.commit();
			return true;
		} catch (SQLException e) {
			connection.rollback();
			LOG.warn("The case register is imported in row batches: the bulk load function could not be declared ("
					+ e.getMessage() + ")", e);
			return false;
		}
	}
}
