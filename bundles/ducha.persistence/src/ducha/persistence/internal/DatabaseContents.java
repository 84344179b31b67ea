package ducha.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import ducha.core.Language;
import ducha.core.ValidationException;

/**
 * What a database holds, as far as a backup and a restore compare it without knowing any entity: the rows of every
 * table of its schema and the version of every bundle's schema (its Flyway history table).
 *
 * @param rows           per table (as the database names it): its row count, in the tables' order
 * @param schemaVersions per Flyway history table: the newest successful version, in the tables' order
 */
record DatabaseContents(Map<String, Long> rows, Map<String, String> schemaVersions) {

	/** The platform's own history table: a database without it is no Ducha database. */
	static final String CORE_HISTORY = "flyway_ducha_core";

	DatabaseContents {
		rows = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(rows));
		schemaVersions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(schemaVersions));
	}

	/** Reads every table of the connection's schema; a table that cannot be counted is an error. */
	static DatabaseContents of(Connection c) throws SQLException {
		String schema = c.getSchema();
		List<String> tables = new ArrayList<>();
		DatabaseMetaData meta = c.getMetaData();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME"));
			}
		}
		SortedMap<String, Long> rows = new TreeMap<>();
		SortedMap<String, String> versions = new TreeMap<>();
		try (Statement s = c.createStatement()) {
			for (String table : tables) {
				String qualified = quote(schema) + "." + quote(table);
				try (ResultSet rs = s.executeQuery("select count(*) from " + qualified)) {
					rs.next();
					rows.put(table, rs.getLong(1));
				}
				if (table.startsWith("flyway_")) {
					String version = newestVersion(s, qualified);
					if (version != null) {
						versions.put(table, version);
					}
				}
			}
		}
		return new DatabaseContents(rows, versions);
	}

	private static String newestVersion(Statement s, String table) throws SQLException {
		String newest = null;
		try (ResultSet rs = s.executeQuery("select \"version\", \"success\" from " + table
				+ " where \"version\" is not null order by \"installed_rank\"")) {
			while (rs.next()) {
				if (rs.getBoolean(2)) {
					newest = rs.getString(1);
				}
			}
		}
		return newest;
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** @throws ValidationException when the platform's schema is missing */
	void requireCoreSchema() {
		if (!schemaVersions.containsKey(CORE_HISTORY)) {
			throw new ValidationException(Messages.Restore_noCoreSchema);
		}
	}

	long totalRows() {
		return rows.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The first way this copy differs from what the backup's manifest says, or null when it matches. */
	String differenceFrom(DatabaseContents expected) {
		for (Map.Entry<String, String> version : expected.schemaVersions.entrySet()) {
			String found = schemaVersions.get(version.getKey());
			if (!version.getValue().equals(found)) {
				return Language.format(Messages.Restore_versionDiffers, version.getKey(), version.getValue(),
						Objects.toString(found, "-"));
			}
		}
		for (Map.Entry<String, Long> table : expected.rows.entrySet()) {
			Long found = rows.get(table.getKey());
			if (!table.getValue().equals(found)) {
				return Language.format(Messages.Restore_countDiffers, table.getKey(), table.getValue(),
						Objects.toString(found, "-"));
			}
		}
		return null;
	}
}
