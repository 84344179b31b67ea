package ducha.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import org.eclipse.core.runtime.ILog;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseMode;

/**
 * The migrations of a PostgreSQL database whose desktops connect as a runtime role: they run as the owner role,
 * whose password IT gives for this run only, and then the runtime role is granted what it may do with the tables
 * ({@link RuntimeGrants}), the new ones of the plugins included. With the owner as the runtime role too (one role
 * for everything) nothing is granted.
 */
final class OwnerMigration {

	private static final ILog LOG = ILog.of(OwnerMigration.class);

	private final DatabaseConfig runtimeConfig;
	private final DatabaseConfig ownerConfig;
	private final DataSource owner;

	/**
	 * @param dataSources makes the owner's DataSource from the settings with the owner's log-in
	 * @throws DuchaException when the database is no PostgreSQL database
	 */
	OwnerMigration(DatabaseConfig runtimeConfig, String ownerRole, char[] password,
			Function<DatabaseConfig, DataSource> dataSources) {
		if (runtimeConfig.mode() != DatabaseMode.POSTGRESQL) {
			throw new DuchaException(Messages.Owner_postgresqlOnly);
		}
		this.runtimeConfig = runtimeConfig;
		this.ownerConfig = runtimeConfig.withLogin(ownerRole, new String(password));
		this.owner = dataSources.apply(ownerConfig);
	}

	/**
	 * @param bundles the persistent bundles; those with migrations are migrated in this order
	 * @return how many migrations were applied
	 * @throws DuchaException when the owner cannot log in, a migration fails or the grants are refused
	 */
	int run(Bundle[] bundles) {
		try (Connection c = owner.getConnection()) {
			c.isValid(5); // the owner's log-in, before anything is migrated
		} catch (SQLException e) {
			throw new DuchaException(Diagnostics.explain(ownerConfig, e).message(), e);
		}
		int applied = 0;
		for (Bundle bundle : bundles) {
			if (Migrator.locations(bundle) != null) {
				MigrateResult result = Migrator.migrate(bundle, owner);
				applied += result.migrationsExecuted;
			}
		}
		if (!ownerConfig.user().equals(runtimeConfig.user())) {
			try {
				int tables = RuntimeGrants.of(bundles).grant(owner, runtimeConfig.user()).size();
				LOG.info("Granted the runtime role " + runtimeConfig.user() + " its privileges on " + tables
						+ " tables, as " + ownerConfig.user());
			} catch (SQLException e) {
				throw new DuchaException(Language.format(Messages.Owner_grantFailed, runtimeConfig.user(),
						ownerConfig.user(), e.getMessage()), e);
			}
		}
		return applied;
	}
}
