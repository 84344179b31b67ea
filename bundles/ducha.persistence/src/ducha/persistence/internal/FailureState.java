package ducha.persistence.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;

import ducha.persistence.DatabaseFailure;

/**
 * The database's failure, set the moment it is found (by the connection check or by any bundle's migration), and
 * a future that completes then, so that whoever waits for the database wakes at once instead of at a time-out.
 * The first failure is kept: later ones are usually its consequences and are only logged.
 */
final class FailureState {

	private static final ILog LOG = ILog.of(FailureState.class);

	private DatabaseFailure current;
	private CompletableFuture<DatabaseFailure> reported = new CompletableFuture<>();

	void report(DatabaseFailure failure) {
		LOG.error(failure.message(), failure.cause());
		CompletableFuture<DatabaseFailure> wake;
		synchronized (this) {
			if (current != null) {
				return;
			}
			current = failure;
			wake = reported;
		}
		wake.complete(failure);
	}

	synchronized Optional<DatabaseFailure> current() {
		return Optional.ofNullable(current);
	}

	/** Completes with the failure when one is reported; at once when there is one already. */
	synchronized CompletableFuture<DatabaseFailure> reported() {
		return reported;
	}

	/** Forgets the failure, when the units are opened again (after a restore). */
	synchronized void clear() {
		current = null;
		if (reported.isDone()) {
			reported = new CompletableFuture<>();
		}
	}
}
