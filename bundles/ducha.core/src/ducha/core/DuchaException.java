package ducha.core;

/**
 * Base of the domain exceptions that core services throw. The message is meant for users (already localised
 * where the service knows the locale, otherwise Chinese); the UI shows it, the CLI prints it.
 */
public class DuchaException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DuchaException(String message) {
		super(message);
	}

	public DuchaException(String message, Throwable cause) {
		super(message, cause);
	}
}
