package ducha.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.persistence.PersistenceHeaders;

/**
 * What the runtime role of a PostgreSQL database may do, granted by the owner role after its migrations: every
 * table of the schema gets select, insert, update and delete, unless a bundle's {@code Ducha-Runtime-Privileges}
 * header says less (the audit log: select and insert, so that no desktop can change or delete an entry); Flyway's
 * history tables get select only, so that no desktop can fake a migration. Each table's privileges are revoked and
 * granted again in one transaction, so a run after an upgrade also takes back what a header no longer allows.
 */
final class RuntimeGrants {

	/** The privileges a header may name; the owner's others (truncate, references, trigger) are never granted. */
	enum Privilege {
		SELECT, INSERT, UPDATE, DELETE
	}

	private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");
	private static final Set<Privilege> ALL = EnumSet.allOf(Privilege.class);
	private static final Set<Privilege> HISTORY = EnumSet.of(Privilege.SELECT);

	private final Map<String, Set<Privilege>> declared;

	/** @param declared the tables whose privileges a bundle narrowed, by lower-case name */
	RuntimeGrants(Map<String, Set<Privilege>> declared) {
		this.declared = Map.copyOf(declared);
	}

	/** The narrowed privileges of every bundle's {@code Ducha-Runtime-Privileges} header. */
	static RuntimeGrants of(Bundle[] bundles) {
		Map<String, Set<Privilege>> declared = new HashMap<>();
		for (Bundle bundle : bundles) {
			declared.putAll(parse(bundle.getSymbolicName(), bundle.getHeaders("").get(PersistenceHeaders.RUNTIME_PRIVILEGES)));
		}
		return new RuntimeGrants(declared);
	}

	/**
	 * @param header e.g. {@code audit_entry=select insert, audit_chain_head=select update}; null for none
	 * @throws DuchaException naming the bundle when the header is not of that form
	 */
	static Map<String, Set<Privilege>> parse(String bundle, String header) {
		Map<String, Set<Privilege>> tables = new HashMap<>();
		if (header == null || header.isBlank()) {
			return tables;
		}
		for (String clause : header.split(",")) {
			String[] parts = clause.split("=", 2);
			String table = parts[0].strip().toLowerCase(Locale.ROOT);
			if (parts.length != 2 || !TABLE.matcher(table).matches()) {
				throw badHeader(bundle, clause);
			}
			Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);
			for (String word : parts[1].strip().split("\\s+")) {
				try {
					privileges.add(Privilege.valueOf(word.toUpperCase(Locale.ROOT)));
				} catch (IllegalArgumentException e) {
					throw badHeader(bundle, clause);
				}
			}
			tables.put(table, privileges);
		}
		return tables;
	}

	private static DuchaException badHeader(String bundle, String clause) {
		return new DuchaException(Language.format(Messages.Grants_badHeader, bundle,
				PersistenceHeaders.RUNTIME_PRIVILEGES, clause.strip()));
	}

	/** The privileges the runtime role gets on a table. */
	Set<Privilege> privileges(String table) {
		String name = table.toLowerCase(Locale.ROOT);
		if (name.startsWith("flyway_")) {
			return HISTORY;
		}
		return declared.getOrDefault(name, ALL);
	}

	/**
	 * Grants the runtime role its privileges on every table and sequence of the owner connection's current schema.
	 *
	 * @param owner   connections as the owner role
	 * @param runtime the runtime role's name
	 * @return the tables granted on
	 * @throws SQLException when the server refuses; nothing is changed then
	 */
	List<String> grant(DataSource owner, String runtime) throws SQLException {
		try (Connection c = owner.getConnection()) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				String schema = currentSchema(s);
				String role = quote(runtime);
				s.execute("GRANT USAGE ON SCHEMA " + quote(schema) + " TO " + role);
				List<String> tables = tables(c, schema);
				for (String table : tables) {
					String qualified = quote(schema) + "." + quote(table);
					s.execute("REVOKE ALL ON " + qualified + " FROM " + role);
					s.execute("GRANT " + privileges(table).stream().map(Privilege::name).collect(Collectors.joining(", "))
							+ " ON " + qualified + " TO " + role);
				}
				// identity columns draw from sequences: inserting needs their usage
				s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quote(schema) + " TO " + role);
				c.commit();
				return tables;
			} catch (SQLException e) {
				c.rollback();
				throw e;
			}
		}
	}

	private static String currentSchema(Statement s) throws SQLException {
		try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static List<String> tables(Connection c, String schema) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(
				"SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename")) {
			s.setString(1, schema);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
		}
		return tables;
	}

	/** A PostgreSQL identifier, quoted: role and schema names come from the settings. */
	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}
}
