package ducha.cases.internal.bulk;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The hand-off between the thread that reads and checks a file and the database's bulk insert, which pulls the cases
 * through {@link CaseRowsFunction} on another thread: a few batches at a time, so memory stays flat whatever the size
 * of the file. The reading side ends the feed cleanly ({@link #end()}) only when the whole file was clean; otherwise
 * it aborts it, and the pulling side fails, which makes the database undo the insert.
 */
public final class RowFeed {

	/**
	 * Batches in flight: enough that the database need not wait when the reading thread loses the processor for a
	 * moment on a busy machine, few enough to keep memory flat (16 × 500 cases, a few megabytes).
	 */
	private static final int CAPACITY = 16;
	// markers compared by identity: two instances of their own (List.of() would be one shared instance)
	private static final List<BulkRow> END = new ArrayList<>(0);
	private static final List<BulkRow> ABORT = new ArrayList<>(0);
	private static final long WAIT_MS = 100;

	private final BlockingQueue<List<BulkRow>> queue = new ArrayBlockingQueue<>(CAPACITY);
	private volatile boolean finished;

	/**
	 * Hands a batch over, waiting while the database is behind.
	 *
	 * @param pulling whether the database is still pulling: when it stopped (it failed), nothing more is waited for
	 * @return false when the database stopped pulling and the batch was not handed over
	 */
	public boolean put(List<BulkRow> batch, BooleanSupplier pulling) throws InterruptedException {
		while (!queue.offer(batch, WAIT_MS, TimeUnit.MILLISECONDS)) {
			if (!pulling.getAsBoolean()) {
				return false;
			}
		}
		return true;
	}

	/** No more cases: the whole file was clean. */
	public boolean end(BooleanSupplier pulling) throws InterruptedException {
		return put(END, pulling);
	}

	/** The file is rejected or the import cancelled: the insert must fail, so that the database undoes it. */
	public boolean abort(BooleanSupplier pulling) throws InterruptedException {
		return put(ABORT, pulling);
	}

	/** The next batch; null after the end. */
	List<BulkRow> take() throws SQLException {
		if (finished) {
			return null;
		}
		List<BulkRow> batch;
		try {
			batch = queue.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("The bulk load of the case register was interrupted", "38000", e);
		}
		if (batch == ABORT) {
			finished = true;
			// the message is never shown: the importer reports the file's problems or the cancel instead
			throw new SQLException("The case register import was rejected or cancelled", "38000");
		}
		if (batch == END) {
			finished = true;
			return null;
		}
		return batch;
	}
}
