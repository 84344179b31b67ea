package ducha.cli.internal;

/** The database, or a service that needs it, cannot be used; the message says why. Exit code 3. */
public final class DatabaseUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DatabaseUnavailableException(String reason) {
		super(reason);
	}
}
