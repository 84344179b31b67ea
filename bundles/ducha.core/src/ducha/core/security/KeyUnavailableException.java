package ducha.core.security;

/**
 * The caller may see the record but holds no key that opens it: no key was wrapped for their account (yet), it was
 * wrapped for a key pair an administrator's password reset replaced, or they did not log in with their password in
 * this session. A domain error, never a cryptographic stack trace: the message says what to do.
 */
public class KeyUnavailableException extends AccessDeniedException {

	private static final long serialVersionUID = 1L;

	public KeyUnavailableException(String message) {
		super(message);
	}
}
