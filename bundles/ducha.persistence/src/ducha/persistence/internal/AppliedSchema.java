package ducha.persistence.internal;

import java.math.BigInteger;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;

/**
 * The quick look at a bundle's schema that spares Flyway on almost every start: when the bundle's history table
 * holds exactly the bundle's own migrations, all successful, nothing is to be done and the schema's version is
 * known. Anything else — a migration to apply, a newer schema, a failed one, a history that cannot be read — goes
 * to Flyway, which applies, refuses or reports it ({@link Migrator}). {@code ducha-cli db migrate} always runs
 * Flyway. Flyway's history table and its columns are quoted lower-case names on Derby and PostgreSQL alike.
 */
final class AppliedSchema {

	/** Flyway's versioned migrations: SQL scripts and Java classes, {@code V<version>__<description>}. */
	private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^$/]+\\.(?:sql|class)");

	private static final Comparator<List<BigInteger>> VERSION_ORDER = (a, b) -> {
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			int c = (i < a.size() ? a.get(i) : BigInteger.ZERO).compareTo(i < b.size() ? b.get(i) : BigInteger.ZERO);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	};

	private AppliedSchema() {
	}

	/** The versions of the migrations in the bundle's {@code Ducha-Migrations} folders. */
	static List<String> available(Bundle bundle) {
		List<String> versions = new ArrayList<>();
		for (String location : Migrator.locations(bundle)) {
			Enumeration<URL> entries = bundle.findEntries(location.substring("classpath:".length()), "V*", false);
			while (entries != null && entries.hasMoreElements()) {
				String path = entries.nextElement().getPath();
				Matcher m = MIGRATION.matcher(path.substring(path.lastIndexOf('/') + 1));
				if (m.matches()) {
					versions.add(m.group(1));
				}
			}
		}
		return versions;
	}

	/**
	 * The schema's version when the history table {@code table} records exactly the {@code available} versions,
	 * all successful; empty when Flyway has something to do or say.
	 */
	static Optional<String> upToDate(Collection<String> available, String table, DataSource dataSource) {
		TreeSet<List<BigInteger>> expected = new TreeSet<>(VERSION_ORDER);
		available.forEach(v -> expected.add(parse(v)));
		Set<List<BigInteger>> applied = new TreeSet<>(VERSION_ORDER);
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery(
						"select \"version\", \"type\", \"success\" from \"" + table + "\"")) {
			while (rows.next()) {
				String version = rows.getString(1);
				if ("BASELINE".equals(rows.getString(2)) || version == null) {
					continue;
				}
				if (!rows.getBoolean(3)) {
					return Optional.empty();
				}
				applied.add(parse(version));
			}
		} catch (SQLException | NumberFormatException e) {
			// no history yet, another layout: Flyway decides
			return Optional.empty();
		}
		if (expected.isEmpty() || !expected.equals(applied)) {
			return Optional.empty();
		}
		return Optional.of(String.join(".", expected.last().stream().map(BigInteger::toString).toList()));
	}

	private static List<BigInteger> parse(String version) {
		return Arrays.stream(version.split("[._]")).map(BigInteger::new).toList();
	}
}
