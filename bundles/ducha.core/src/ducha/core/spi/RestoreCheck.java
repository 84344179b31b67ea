package ducha.core.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A check that a copy of the database must pass before it may replace the database in use, registered as an OSGi
 * service: {@code ducha.persistence} runs every registered check on a backup while writing it and on the copy a
 * restore builds beside the database in use, and switches only when all of them pass. The platform registers the
 * audit chain's; a plugin may register its own.
 */
public interface RestoreCheck {

	/** What is checked, in the user's language (printed with a refusal). */
	String name();

	/**
	 * @param copy a connection to the copy (its own database, not the one in use); read it, never change it
	 * @return null when the copy passes, otherwise what is wrong, in the user's language
	 */
	String problem(Connection copy) throws SQLException;
}
