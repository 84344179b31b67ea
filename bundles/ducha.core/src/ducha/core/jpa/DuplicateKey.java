package ducha.core.jpa;

import java.sql.SQLException;

/**
 * Recognises a write refused by a unique key: the sign that another desktop stored the same thing a moment
 * earlier (an escalation, a reminder, a counter row), which a caller treats as already done rather than as a
 * failure.
 */
public final class DuplicateKey {

	/** SQL state of a unique-key violation, the same in Derby and PostgreSQL. */
	private static final String UNIQUE_VIOLATION = "23505";

	private DuplicateKey() {
	}

	/** Whether a unique-key violation is the exception or one of its causes (JPA wraps the driver's). */
	public static boolean isCause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql) {
				for (SQLException s = sql; s != null; s = s.getNextException()) {
					if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
