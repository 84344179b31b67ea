package ducha.persistence.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.eclipse.persistence.config.PersistenceUnitProperties;

import ducha.core.DuchaException;
import ducha.core.Language;

/**
 * The connection pool of each persistence unit in the server modes: EclipseLink's own pool over the shared
 * DataSource, which otherwise opens a new server connection (a new PostgreSQL backend process, a new Derby
 * network session) for every query and every commit. Every plugin's unit has its own pool, so a desktop keeps up
 * to {@code min} idle connections per unit it has used and opens at most {@code max} per unit at once.
 * Embedded Derby needs none: its connections are calls inside this process.
 *
 * @param min connections a unit keeps open when idle ({@code db.pool.min})
 * @param max connections a unit opens at most; a query waits for a free one beyond that ({@code db.pool.max})
 */
record PoolSettings(int min, int max) {

	/** Embedded Derby: the DataSource is used as it is. */
	static final PoolSettings NONE = new PoolSettings(0, 0);

	/** Defaults for a court of dozens of desktops on one server (docs/install.md). */
	static final int DEFAULT_MIN = 1;
	static final int DEFAULT_MAX = 4;

	static final String MIN_KEY = "db.pool.min";
	static final String MAX_KEY = "db.pool.max";

	/**
	 * @throws DuchaException naming the file and the key when a size is not a whole number, or min exceeds max
	 */
	static PoolSettings read(Properties p, Path file) {
		int min = size(p, file, MIN_KEY, DEFAULT_MIN, 0);
		int max = size(p, file, MAX_KEY, Math.max(DEFAULT_MAX, min), 1);
		if (min > max) {
			throw new DuchaException(Language.format(Messages.Config_poolMinAboveMax, file, min, max));
		}
		return new PoolSettings(min, max);
	}

	private static int size(Properties p, Path file, String key, int defaultValue, int least) {
		String value = p.getProperty(key);
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			int size = Integer.parseInt(value.strip());
			if (size < least || size > 1000) {
				throw new NumberFormatException();
			}
			return size;
		} catch (NumberFormatException e) {
			throw new DuchaException(Language.format(Messages.Config_badPoolSize, file, key, value, least));
		}
	}

	boolean pooled() {
		return max > 0;
	}

	/** Adds EclipseLink's pool settings to a unit's properties (nothing for {@link #NONE}). */
	void addTo(Map<String, Object> unitProperties) {
		if (!pooled()) {
			return;
		}
		// a DataSource object normally means an external pool: EclipseLink is told to pool its connections itself
		unitProperties.put(PersistenceUnitProperties.CONNECTION_POOL_INTERNALLY_POOL_DATASOURCE, "true");
		String pool = PersistenceUnitProperties.CONNECTION_POOL + "default.";
		// none at deployment: a unit the user never touches costs the server nothing
		unitProperties.put(pool + PersistenceUnitProperties.CONNECTION_POOL_INITIAL, "0");
		unitProperties.put(pool + PersistenceUnitProperties.CONNECTION_POOL_MIN, Integer.toString(min));
		unitProperties.put(pool + PersistenceUnitProperties.CONNECTION_POOL_MAX, Integer.toString(max));
	}
}
