package ducha.cli.internal;

/** Nobody could be logged in; the message says why. Exit code {@code NOT_LOGGED_IN}. */
public final class LoginRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public LoginRefusedException(String reason) {
		super(reason);
	}
}
