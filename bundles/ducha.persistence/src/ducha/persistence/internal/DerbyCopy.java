package ducha.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;

import ducha.persistence.DatabaseConfig;

/**
 * A Derby database beside the one in use, built from a backup's Derby copy ({@code createFrom}) and opened only
 * for as long as it is checked: it is shut down again before its folder is renamed or deleted.
 */
final class DerbyCopy {

	/** Work on a connection to a copy. */
	interface Work<T> {
		T on(Connection connection) throws SQLException;
	}

	private DerbyCopy() {
	}

	/** Creates the database {@code target} (a folder that must not exist) from the Derby backup {@code source}. */
	static void create(Path source, Path target) throws SQLException {
		EmbeddedDataSource ds = DataSources.embedded(DatabaseConfig.embedded(target), "createFrom=" + source);
		ds.setCreateDatabase(null);
		try (Connection c = ds.getConnection()) {
			// booted: the copy is complete
		} finally {
			DataSources.shutdownEmbedded(DatabaseConfig.embedded(target));
		}
	}

	/** Opens the existing database {@code folder} (never creating one), runs {@code work} and shuts it down. */
	static <T> T open(Path folder, Work<T> work) throws SQLException {
		EmbeddedDataSource ds = DataSources.embedded(DatabaseConfig.embedded(folder), null);
		ds.setCreateDatabase(null);
		try (Connection c = ds.getConnection()) {
			return work.on(c);
		} finally {
			DataSources.shutdownEmbedded(DatabaseConfig.embedded(folder));
		}
	}
}
