package ducha.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import ducha.core.DuchaException;

/**
 * The chain of a copy of the database over plain JDBC: a backup or a restore is checked before any persistence
 * unit opens it.
 */
final class JdbcChainRows implements ChainRows {

	private static final String PAGE = """
			select id, chain_seq, occurred_at, actor, action, object_type, object_id, detail, prev_hash, entry_hash
			from audit_entry where chain_seq > ? order by chain_seq""";

	private final Connection connection;

	JdbcChainRows(Connection connection) {
		this.connection = connection;
	}

	@Override
	public long unchained() {
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from audit_entry where chain_seq is null")) {
			rs.next();
			return rs.getLong(1);
		} catch (SQLException e) {
			throw unreadable(e);
		}
	}

	@Override
	public List<Row> after(long seq, int max) {
		try (PreparedStatement s = connection.prepareStatement(PAGE)) {
			s.setLong(1, seq);
			s.setMaxRows(max);
			List<Row> page = new ArrayList<>();
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					page.add(new Row(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toLocalDateTime(),
							rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
							strip(rs.getString(9)), strip(rs.getString(10))));
				}
			}
			return page;
		} catch (SQLException e) {
			throw unreadable(e);
		}
	}

	@Override
	public Head head() {
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select last_seq, last_hash from audit_chain_head where id = 1")) {
			if (!rs.next()) {
				throw new DuchaException("audit_chain_head has no row");
			}
			return new Head(rs.getLong(1), strip(rs.getString(2)));
		} catch (SQLException e) {
			throw unreadable(e);
		}
	}

	/** A char(64) column may come back padded. */
	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

	private static DuchaException unreadable(SQLException e) {
		return new DuchaException(e.getMessage(), e);
	}
}
