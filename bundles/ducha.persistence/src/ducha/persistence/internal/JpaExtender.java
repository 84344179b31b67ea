package ducha.persistence.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.core.runtime.ILog;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;

import ducha.core.Language;
import ducha.persistence.DatabaseFailure;
import ducha.persistence.DatabaseFailure.Kind;
import ducha.persistence.PersistenceHeaders;

/**
 * Gives every bundle with a {@code Meta-Persistence} header its EntityManagerFactory: first its Flyway
 * migrations, then one factory per persistence unit on the shared DataSource, registered as a service with
 * {@code osgi.unit.name}. A bundle that stops loses its factories; its tables and data stay.
 */
final class JpaExtender {

	/**
	 * System property: {@code true} makes each unit's EntityManagerFactory when a service first asks for it
	 * instead of at deployment ({@code ducha-cli} sets it: a command uses few of the units). The migrations still
	 * run at deployment. The workbench keeps the default, which deploys every unit in the background before the
	 * user needs it.
	 */
	static final String LAZY_UNITS_PROPERTY = "ducha.persistence.lazyUnits";

	private static final ILog LOG = ILog.of(JpaExtender.class);

	private final DataSource dataSource;
	private final String targetDatabase;
	private final Map<Long, List<Unit>> units = new ConcurrentHashMap<>();
	private final Map<String, String> schemaVersions = new ConcurrentHashMap<>();
	/** See {@link #LAZY_UNITS_PROPERTY}. */
	private final boolean lazyUnits = Boolean.getBoolean(LAZY_UNITS_PROPERTY);
	/**
	 * Where a failed migration or a schema newer than this installation is reported, at once: the database as a
	 * whole is then unusable, and whoever waits for it must not wait for a unit that will never deploy.
	 */
	private final Consumer<DatabaseFailure> databaseFailure;
	private final PoolSettings pool;

	JpaExtender(DataSource dataSource, String targetDatabase, Consumer<DatabaseFailure> databaseFailure,
			PoolSettings pool) {
		this.dataSource = dataSource;
		this.targetDatabase = targetDatabase;
		this.databaseFailure = databaseFailure;
		this.pool = pool;
	}

	static boolean isPersistent(Bundle bundle) {
		return bundle.getHeaders("").get(PersistenceHeaders.META_PERSISTENCE) != null;
	}

	/** Migrates the bundle's schema and deploys its units. A failure is logged and leaves other bundles alone. */
	void deploy(Bundle bundle) {
		Optional<String> current = Migrator.locations(bundle) == null ? Optional.empty()
				: AppliedSchema.upToDate(AppliedSchema.available(bundle), Migrator.historyTable(bundle), dataSource);
		if (current.isPresent()) {
			schemaVersions.put(bundle.getSymbolicName(), current.get());
		} else if (Migrator.locations(bundle) != null) {
			try {
				MigrateResult result = Migrator.migrate(bundle, dataSource);
				// with nothing to apply Flyway reports no target: the schema stays at its initial version
				String version = result.migrationsExecuted > 0 ? result.targetSchemaVersion
						: result.initialSchemaVersion;
				schemaVersions.put(bundle.getSymbolicName(), version == null ? "0" : version);
				if (result.migrationsExecuted > 0) {
					LOG.info(bundle.getSymbolicName() + ": " + result.migrationsExecuted
							+ " migration(s) applied, schema now at " + result.targetSchemaVersion);
				}
			} catch (SchemaTooNewException e) {
				databaseFailure.accept(DatabaseFailure.of(Kind.SCHEMA_TOO_NEW, e.getMessage(), e));
				return;
			} catch (RuntimeException | LinkageError e) {
				// the bundle's units stay closed; its services will never appear
				// the server's one line says it all; Flyway's report around it is for the log
				databaseFailure.accept(Diagnostics.refusedPrivilege(e)
						.map(refused -> DatabaseFailure.of(Kind.MIGRATION_NEEDS_OWNER, Language.format(
								Messages.Migrator_needsOwner, bundle.getSymbolicName(), refused.getMessage()), e))
						.orElseGet(() -> DatabaseFailure.of(Kind.MIGRATION_FAILED,
								Language.format(Messages.Migrator_failed, bundle.getSymbolicName(), e.getMessage()), e)));
				return;
			}
		}
		ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
		List<Unit> deployed = new ArrayList<>();
		String header = bundle.getHeaders("").get(PersistenceHeaders.META_PERSISTENCE);
		for (String path : header.split(",")) {
			URL xml = bundle.getEntry(path.isBlank() ? "META-INF/persistence.xml" : path.strip());
			if (xml == null) {
				LOG.error(bundle.getSymbolicName() + ": " + path + " not found");
				continue;
			}
			for (String name : PersistenceXml.unitNames(xml)) {
				try {
					deployed.add(deployUnit(bundle, loader, name));
				} catch (RuntimeException e) {
					LOG.error("Persistence unit " + name + " of " + bundle.getSymbolicName() + " failed", e);
				}
			}
		}
		units.put(bundle.getBundleId(), deployed);
	}

	private Unit deployUnit(Bundle bundle, ClassLoader loader, String name) {
		LazyUnit unit = new LazyUnit(name, properties(loader));
		if (!lazyUnits) {
			unit.factory(); // deploy now: fail here, not in the first user action
		}
		org.osgi.framework.BundleContext context = bundle.getBundleContext();
		if (context == null) { // the bundle stopped while its unit deployed (e.g. a short ducha-cli run ended)
			unit.close();
			throw new IllegalStateException("bundle " + bundle.getSymbolicName() + " stopped during deployment");
		}
		Dictionary<String, Object> props = new Hashtable<>();
		props.put(PersistenceHeaders.UNIT_NAME, name);
		props.put("osgi.unit.bundle", bundle.getSymbolicName());
		ServiceRegistration<EntityManagerFactory> registration = context.registerService(EntityManagerFactory.class,
				unit, props);
		return new Unit(unit, registration);
	}

	/** EclipseLink's settings of a unit whose classes the loader sees. */
	Map<String, Object> properties(ClassLoader loader) {
		Map<String, Object> p = new HashMap<>();
		p.put(PersistenceUnitProperties.CLASSLOADER, loader);
		p.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource); // the object: no driver lookup in OSGi
		p.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
		p.put(PersistenceUnitProperties.TARGET_DATABASE, targetDatabase);
		p.put(PersistenceUnitProperties.WEAVING, "false"); // no weaving hook in OSGi
		p.put(PersistenceUnitProperties.LOGGING_LEVEL, System.getProperty("ducha.jpa.log", "WARNING"));
		// the schema belongs to Flyway, never to EclipseLink's DDL generation
		p.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
		pool.addTo(p);
		return p;
	}

	void undeploy(Bundle bundle) {
		List<Unit> list = units.remove(bundle.getBundleId());
		if (list != null) {
			list.forEach(Unit::close);
		}
	}

	void undeployAll() {
		for (Long id : List.copyOf(units.keySet())) {
			List<Unit> list = units.remove(id);
			if (list != null) {
				list.forEach(Unit::close);
			}
		}
	}

	Map<String, String> schemaVersions() {
		return Map.copyOf(schemaVersions);
	}
}
