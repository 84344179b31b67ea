package ducha.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The database connection, read from {@code ducha.properties} in the data folder (keys {@code db.mode},
 * {@code db.path}, {@code db.host}, {@code db.port}, {@code db.name}, {@code db.user}, {@code db.password}).
 * The connection's encryption: {@code db.ssl.*} ({@link DatabaseSsl}).
 *
 * @param mode     embedded, Derby network or PostgreSQL
 * @param path     embedded: the database folder
 * @param host     server modes: host name
 * @param port     server modes: port
 * @param name     server modes: database name
 * @param user     server modes: user
 * @param password server modes: password
 * @param ssl      server modes: the connection's encryption; {@link DatabaseSsl#DEFAULT} when not set
 */
public record DatabaseConfig(DatabaseMode mode, Path path, String host, int port, String name, String user,
		String password,
		DatabaseSsl ssl) {

	public DatabaseConfig {
		Objects.requireNonNull(mode, "mode");
		ssl = ssl == null ? DatabaseSsl.DEFAULT : ssl;
	}

	/** A connection with the driver's default encryption. */
	public DatabaseConfig(DatabaseMode mode, Path path, String host, int port, String name, String user,
			String password) {
		this(mode, path, host, port, name, user, password, DatabaseSsl.DEFAULT);
	}

	public static DatabaseConfig embedded(Path path) {
		return new DatabaseConfig(DatabaseMode.EMBEDDED, path, null, 0, null, null, null);
	}

	/** A description without the password, for logs and the About dialog. */
	public String describe() {
		return switch (mode) {
		case EMBEDDED -> "Derby embedded " + path;
		case DERBY_NETWORK -> "Derby network //" + host + ":" + port + "/" + name + " user " + user + ssl.describe();
		case POSTGRESQL -> "PostgreSQL //" + host + ":" + port + "/" + name + " user " + user + ssl.describe();
		};
	}

	/** The same connection with another log-in: the owner role's, for its migrations. */
	public DatabaseConfig withLogin(String otherUser, String otherPassword) {
		return new DatabaseConfig(mode, path, host, port, name, otherUser, otherPassword, ssl);
	}
}
