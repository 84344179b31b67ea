package ducha.core.security;

import ducha.core.DuchaException;

/** The acting user lacks a permission or may not see a department's records. */
public class AccessDeniedException extends DuchaException {

	private static final long serialVersionUID = 1L;

	public AccessDeniedException(String message) {
		super(message);
	}
}
