package ducha.app.internal.startup;

import ducha.core.DuchaException;

/** The database cannot be used; the message is the reason users see (connection refused, wrong password...). */
final class DatabaseUnavailableException extends DuchaException {

	private static final long serialVersionUID = 1L;

	DatabaseUnavailableException(String reason) {
		super(reason);
	}
}
