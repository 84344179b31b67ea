package ducha.core.internal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;

import ducha.core.DuchaException;
import ducha.core.NotFoundException;

/**
 * The bytes of the files in {@code attachment_content}, as JDBC streams on the connection of a running
 * {@code Jpa.write} (a Derby BLOB or a PostgreSQL bytea alike), so that the file never has to be one array.
 */
final class ContentTable {

	/** Reads the stored bytes of one file. */
	interface Reader {
		void read(InputStream stored) throws IOException;
	}

	private ContentTable() {
	}

	static void insert(EntityManager em, long id, InputStream stored, long length) {
		try (PreparedStatement insert = connection(em)
				.prepareStatement("insert into attachment_content (attachment_id, content) values (?, ?)")) {
			insert.setLong(1, id);
			insert.setBinaryStream(2, stored, length);
			insert.executeUpdate();
		} catch (SQLException e) {
			throw new DuchaException(e.getMessage(), e);
		}
	}

	static void read(EntityManager em, long id, Reader reader) throws IOException {
		try (PreparedStatement select = connection(em)
				.prepareStatement("select content from attachment_content where attachment_id = ?")) {
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw new NotFoundException(String.valueOf(id));
				}
				try (InputStream in = row.getBinaryStream(1)) {
					reader.read(in);
				}
			}
		} catch (SQLException e) {
			throw new DuchaException(e.getMessage(), e);
		}
	}

	static void delete(EntityManager em, long id) {
		try (PreparedStatement delete = connection(em)
				.prepareStatement("delete from attachment_content where attachment_id = ?")) {
			delete.setLong(1, id);
			delete.executeUpdate();
		} catch (SQLException e) {
			throw new DuchaException(e.getMessage(), e);
		}
	}

	/** EclipseLink hands out the transaction's connection once a transaction is running. */
	private static Connection connection(EntityManager em) {
		Connection connection = em.unwrap(Connection.class);
		if (connection == null) {
			throw new IllegalStateException("attachment content needs the EntityManager of a running Jpa.write");
		}
		return connection;
	}
}
