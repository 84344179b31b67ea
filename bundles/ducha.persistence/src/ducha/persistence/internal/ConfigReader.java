package ducha.persistence.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseMode;

/**
 * Reads the database connection from {@code ducha.properties}. A missing file means the embedded default; a
 * broken one is an error that names the file and the key, never a silent fallback to another database.
 */
final class ConfigReader {

	private ConfigReader() {
	}

	static DatabaseConfig read(Path file, Path dataFolder) {
		Properties p = load(file);
		String modeText = p.getProperty("db.mode", "embedded").strip().toLowerCase(Locale.ROOT);
		DatabaseMode mode = switch (modeText) {
		case "embedded" -> DatabaseMode.EMBEDDED;
		case "derby-network", "network" -> DatabaseMode.DERBY_NETWORK;
		case "postgresql", "postgres" -> DatabaseMode.POSTGRESQL;
		default -> throw new DuchaException(Language.format(Messages.Config_unknownMode, file, modeText));
		};
		if (mode == DatabaseMode.EMBEDDED) {
			String path = p.getProperty("db.path");
			return DatabaseConfig.embedded(path == null || path.isBlank() ? dataFolder.resolve("db")
					: dataFolder.resolve(path.strip()));
		}
		int defaultPort = mode == DatabaseMode.POSTGRESQL ? 5432 : 1527;
		return new DatabaseConfig(mode, null, required(p, file, "db.host"), port(p, file, defaultPort),
				required(p, file, "db.name"), p.getProperty("db.user", "ducha").strip(),
				p.getProperty("db.password", ""),
				SslConfig.read(p, file, dataFolder, mode));
	}

	/** The pool of each unit ({@code db.pool.min}, {@code db.pool.max}); none for the embedded database. */
	static PoolSettings pool(Path file, DatabaseConfig config) {
		return config.mode() == DatabaseMode.EMBEDDED ? PoolSettings.NONE : PoolSettings.read(load(file), file);
	}

	private static Properties load(Path file) {
		Properties p = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(in);
			} catch (IOException | IllegalArgumentException e) {
				throw new DuchaException(Language.format(Messages.Config_unreadable, file, e.getMessage()), e);
			}
		}
		return p;
	}

	private static String required(Properties p, Path file, String key) {
		String value = p.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new DuchaException(Language.format(Messages.Config_required, file, key));
		}
		return value.strip();
	}

	private static int port(Properties p, Path file, int defaultPort) {
		String value = p.getProperty("db.port");
		if (value == null || value.isBlank()) {
			return defaultPort;
		}
		try {
			int port = Integer.parseInt(value.strip());
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		} catch (NumberFormatException e) {
			throw new DuchaException(Language.format(Messages.Config_badPort, file, value));
		}
	}
}
