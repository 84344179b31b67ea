package ducha.cli.internal;

import java.util.Optional;

import ducha.cli.ExitCodes;
import ducha.persistence.DatabaseFailure;

/**
 * The database, or a service that needs it, cannot be used; the message says why. Exit code 3, or 7 when the
 * database reported a failed migration or a schema newer than this installation.
 */
public final class DatabaseUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient DatabaseFailure failure;

	public DatabaseUnavailableException(String reason) {
		super(reason);
		this.failure = null;
	}

	/** The failure the database reported: its message, and what to do about it. */
	public DatabaseUnavailableException(DatabaseFailure failure) {
		super(failure.message(), failure.cause());
		this.failure = failure;
	}

	/** The database's own report, when it made one (rather than a time-out). */
	public Optional<DatabaseFailure> failure() {
		return Optional.ofNullable(failure);
	}

	int exitCode() {
		return failure != null && failure.kind().isSchema() ? ExitCodes.DATABASE_SCHEMA : ExitCodes.DATABASE_UNAVAILABLE;
	}
}
