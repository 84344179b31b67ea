package db.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import ducha.core.internal.audit.AuditHash;

/**
 * The audit log becomes a hash chain: each entry keeps its position ({@code chain_seq}), the hash of the entry
 * before it and its own hash ({@code ducha.core.internal.audit.AuditHash}); {@code audit_chain_head} holds the
 * last position and hash, and its row is the lock that serialises appends of all desktops. Java because the
 * entries already logged are chained here, in their order, with the same hash the platform computes.
 */
public class V7__audit_chain extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement sql = connection.createStatement()) {
			sql.execute("alter table audit_entry add column chain_seq bigint");
			sql.execute("alter table audit_entry add column prev_hash char(64)");
			sql.execute("alter table audit_entry add column entry_hash char(64)");
			sql.execute("""
					create table audit_chain_head (
						id integer not null,
						last_seq bigint not null,
						last_hash char(64) not null,
						constraint audit_chain_head_pk primary key (id)
					)""");
		}
		long seq = 0;
		String previous = AuditHash.GENESIS;
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery("""
						select id, occurred_at, actor, action, object_type, object_id, detail
						from audit_entry order by id""");
				PreparedStatement chain = connection.prepareStatement(
						"update audit_entry set occurred_at = ?, chain_seq = ?, prev_hash = ?, entry_hash = ? where id = ?")) {
			while (rows.next()) {
				seq++;
				LocalDateTime at = AuditHash.storedTime(rows.getTimestamp(2).toLocalDateTime());
				String hash = AuditHash.of(seq, at, rows.getString(3), rows.getString(4), rows.getString(5),
						rows.getString(6), rows.getString(7), previous);
				chain.setTimestamp(1, Timestamp.valueOf(at));
				chain.setLong(2, seq);
				chain.setString(3, previous);
				chain.setString(4, hash);
				chain.setLong(5, rows.getLong(1));
				chain.executeUpdate();
				previous = hash;
			}
		}
		try (PreparedStatement head = connection
				.prepareStatement("insert into audit_chain_head (id, last_seq, last_hash) values (1, ?, ?)")) {
			head.setLong(1, seq);
			head.setString(2, previous);
			head.executeUpdate();
		}
		try (Statement sql = connection.createStatement()) {
			sql.execute("create unique index audit_entry_chain_ix on audit_entry (chain_seq)");
		}
	}
}
