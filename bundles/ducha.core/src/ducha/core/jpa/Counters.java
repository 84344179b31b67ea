package ducha.core.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;

import jakarta.persistence.EntityManager;

import ducha.core.DuchaException;

/**
 * Running numbers per kind and year (XF2024-007) for records of any plugin, taken in the transaction that stores
 * the record, on that transaction's connection (the core table {@code number_counter} lives in the one shared
 * database, so any persistence unit reaches it).
 * <p>
 * Taking a number is {@code UPDATE ... SET last_number = last_number + 1}: the counter row stays locked until the
 * caller's transaction ends, so a second desktop registering at the same moment waits and then counts on from the
 * committed number. No number is handed out twice, and none is lost: a registration that rolls back rolls its
 * number back with it (the next registration gets the same number). The price is that registrations of one kind
 * and year are serialised from the number to the commit; they are short.
 * <p>
 * A kind's row is made at its first use in a year; the first number taken is then placed after the highest one
 * already stored (records from before the counter, or from an older installation). Numbers stored from a ledger
 * file move the counter forward with {@link #catchUp}.
 */
public final class Counters {

	private static final String TAKE = "update number_counter set last_number = last_number + 1"
			+ " where kind = ? and counter_year = ?";
	private static final String CREATE = "insert into number_counter (kind, counter_year, last_number) values (?, ?, 0)";
	private static final String READ = "select last_number from number_counter where kind = ? and counter_year = ?";
	private static final String RAISE = "update number_counter set last_number = ?"
			+ " where kind = ? and counter_year = ? and last_number < ?";

	private Counters() {
	}

	/**
	 * The next number of the kind in the year.
	 *
	 * @param em            the EntityManager of a running {@link Jpa#write}: the number belongs to its transaction
	 * @param kind          stable id of what is numbered, e.g. {@code petitions.petition}
	 * @param highestStored the highest number of the kind and year already stored (0 when none); asked only when
	 *                      the counter has never been used for this year
	 */
	public static int next(EntityManager em, String kind, int year, IntSupplier highestStored) {
		Connection connection = connection(em);
		try {
			if (update(connection, TAKE, kind, year) == 0) {
				create(connection, kind, year);
				update(connection, TAKE, kind, year);
			}
			int number = read(connection, kind, year);
			if (number == 1) {
				int stored = highestStored.getAsInt();
				if (stored >= number) {
					number = stored + 1;
					raise(connection, kind, year, number);
				}
			}
			return number;
		} catch (SQLException e) {
			throw new DuchaException(e.getMessage(), e);
		}
	}

	/**
	 * The next number of the kind in the year that no stored record uses: numbers a ledger import stored are
	 * stepped over, the counter moving past them.
	 *
	 * @param taken whether a stored record uses the number
	 * @see #next
	 */
	public static int nextFree(EntityManager em, String kind, int year, IntSupplier highestStored,
			IntPredicate taken) {
		int number;
		do {
			number = next(em, kind, year, highestStored);
		} while (taken.test(number));
		return number;
	}

	/**
	 * Moves the counter to at least {@code highestStored}, e.g. after a ledger import stored numbers of its own, so
	 * that the next number taken follows them.
	 *
	 * @param em the EntityManager of the running {@link Jpa#write} that stored them
	 */
	public static void catchUp(EntityManager em, String kind, int year, int highestStored) {
		Connection connection = connection(em);
		try {
			if (raise(connection, kind, year, highestStored) == 0 && read(connection, kind, year) < 0) {
				create(connection, kind, year);
				raise(connection, kind, year, highestStored);
			}
		} catch (SQLException e) {
			throw new DuchaException(e.getMessage(), e);
		}
	}

	private static Connection connection(EntityManager em) {
		Connection connection = em.unwrap(Connection.class);
		if (connection == null) {
			throw new IllegalStateException("a counter needs the EntityManager of a running Jpa.write");
		}
		return connection;
	}

	/**
	 * Makes the kind's row for the year. Another desktop may make it at the same moment: its insert wins, ours fails
	 * on the key and is undone alone (a savepoint, since PostgreSQL refuses any further statement of a transaction
	 * with a failed one), and the caller goes on with the row the other made.
	 */
	private static void create(Connection connection, String kind, int year) throws SQLException {
		Savepoint before = connection.setSavepoint();
		try (PreparedStatement insert = connection.prepareStatement(CREATE)) {
			insert.setString(1, kind);
			insert.setInt(2, year);
			insert.executeUpdate();
			connection.releaseSavepoint(before);
		} catch (SQLException e) {
			if (!DuplicateKey.isCause(e)) {
				throw e;
			}
			connection.rollback(before);
		}
	}

	private static int update(Connection connection, String sql, String kind, int year) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			update.setString(1, kind);
			update.setInt(2, year);
			return update.executeUpdate();
		}
	}

	private static int raise(Connection connection, String kind, int year, int number) throws SQLException {
		try (PreparedStatement raise = connection.prepareStatement(RAISE)) {
			raise.setInt(1, number);
			raise.setString(2, kind);
			raise.setInt(3, year);
			raise.setInt(4, number);
			return raise.executeUpdate();
		}
	}

	/** The counter's last number, -1 when the kind has no row for the year. */
	private static int read(Connection connection, String kind, int year) throws SQLException {
		try (PreparedStatement read = connection.prepareStatement(READ)) {
			read.setString(1, kind);
			read.setInt(2, year);
			try (ResultSet row = read.executeQuery()) {
				return row.next() ? row.getInt(1) : -1;
			}
		}
	}
}
