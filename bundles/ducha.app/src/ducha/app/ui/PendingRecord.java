package ducha.app.ui;

import java.util.function.Consumer;

/**
 * The record a view was asked to show ({@link OpensRecords#openRecord}) before its list arrived: kept until the list
 * is shown, then opened once. A view just opened by the quick-find is still reading its list in a job.
 */
public final class PendingRecord {

	private String reference;

	/** Keeps the reference until {@link #opened}. */
	public void keep(String asked) {
		reference = asked;
	}

	/** Call when the view's list is shown: opens the kept record, if one was asked for, and forgets it. */
	public void opened(Consumer<String> open) {
		String asked = reference;
		reference = null;
		if (asked != null) {
			open.accept(asked);
		}
	}
}
