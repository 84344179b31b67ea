package ducha.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;

import jakarta.persistence.EntityManager;

import ducha.core.DuchaException;

/**
 * Appends entries to the audit chain in the caller's transaction, over JDBC on that transaction's connection, so
 * that any bundle's persistence unit can audit inside its own transaction (the table lives in the one shared
 * database). The head row {@code audit_chain_head} holds the last position and hash: updating it first locks it
 * until the commit, so appends of all desktops are serialised and each entry follows the one committed before it.
 */
final class AuditChain {

	private static final String LOCK_HEAD = "update audit_chain_head set last_seq = last_seq where id = 1";
	private static final String READ_HEAD = "select last_seq, last_hash from audit_chain_head where id = 1";
	private static final String INSERT = """
			insert into audit_entry (occurred_at, actor, action, object_type, object_id, detail, chain_seq,
				prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	private static final String MOVE_HEAD = "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1";

	private AuditChain() {
	}

	/** One entry not yet in the chain. */
	record Pending(LocalDateTime at, String actor, String action, String objectType, String objectId,
			String detail) {
	}

	/**
	 * @param em the EntityManager of a running {@code Jpa.write}; its pending changes are flushed first, so that
	 *           the chain's lock is the transaction's last (no desktop waits for it while holding another)
	 */
	static void append(EntityManager em, Pending entry) {
		em.flush();
		Connection connection = em.unwrap(Connection.class);
		if (connection == null) {
			throw new IllegalStateException("the audit chain needs the EntityManager of a running Jpa.write");
		}
		try {
			try (Statement lock = connection.createStatement()) {
				if (lock.executeUpdate(LOCK_HEAD) != 1) {
					throw new DuchaException("audit_chain_head has no row: the database's migration is incomplete");
				}
			}
			long seq;
			String previous;
			try (Statement read = connection.createStatement(); ResultSet head = read.executeQuery(READ_HEAD)) {
				head.next();
				seq = head.getLong(1) + 1;
				previous = head.getString(2).strip();
			}
			LocalDateTime at = AuditHash.storedTime(entry.at());
			String hash = AuditHash.of(seq, at, entry.actor(), entry.action(), entry.objectType(), entry.objectId(),
					entry.detail(), previous);
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				insert.setTimestamp(1, Timestamp.valueOf(at));
				insert.setString(2, entry.actor());
				insert.setString(3, entry.action());
				setText(insert, 4, entry.objectType());
				setText(insert, 5, entry.objectId());
				setText(insert, 6, entry.detail());
				insert.setLong(7, seq);
				insert.setString(8, previous);
				insert.setString(9, hash);
				insert.executeUpdate();
			}
			try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
				move.setLong(1, seq);
				move.setString(2, hash);
				move.executeUpdate();
			}
		} catch (SQLException e) {
			throw new DuchaException(e.getMessage(), e);
		}
	}

	private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.VARCHAR);
		} else {
			statement.setString(index, value);
		}
	}
}
