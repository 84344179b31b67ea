package ducha.test.osgi;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Services of the running framework for headless tests. Persistence units deploy in the background, so every
 * lookup waits (up to a minute) instead of failing on the first try.
 */
public final class Osgi {

	private static final long TIMEOUT_MS = 60_000;

	/** The platform's tables a plugin's test may fill, children first. */
	public static final List<String> CORE_TABLES = List.of("audit_entry", "user_department", "user_role",
			"user_account", "supervisor_assignment", "staff", "department",
			// the running numbers start again with the emptied tables
			"number_counter");

	private Osgi() {
	}

	public static BundleContext context() {
		return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
	}

	/** The service of the type, waiting for it to appear. */
	public static <T> T service(Class<T> type) {
		return await(new ServiceTracker<>(context(), type, null), type.getName());
	}

	/** Every service of the type registered now (after waiting for the first one). */
	public static <T> List<T> services(Class<T> type) {
		service(type);
		try {
			return context().getServiceReferences(type, null).stream().map(r -> context().getService(r)).toList();
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Registers a service for the test (e.g. a test contributor); unregister it when done. */
	public static <T> ServiceRegistration<T> register(Class<T> type, T service) {
		return context().registerService(type, service, new Hashtable<>());
	}

	/** The EntityManagerFactory of the named persistence unit, waiting for it to deploy. */
	public static EntityManagerFactory unit(String name) {
		try {
			var filter = context().createFilter(
					"(&(objectClass=" + EntityManagerFactory.class.getName() + ")(osgi.unit.name=" + name + "))");
			return await(new ServiceTracker<>(context(), filter, null), "EntityManagerFactory " + name);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Empties a plugin's tables (given children first), then the platform's, and the caches of the plugin's unit and
	 * the platform's: each test starts clean.
	 */
	public static void resetTables(String pluginUnit, List<String> pluginTables) {
		EntityManagerFactory plugin = unit(pluginUnit);
		EntityManagerFactory core = unit("ducha.core");
		try (Connection c = service(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			for (String table : pluginTables) {
				s.executeUpdate("delete from " + table);
			}
			for (String table : CORE_TABLES) {
				s.executeUpdate("delete from " + table);
			}
			// the audit chain starts again with the emptied log
			s.executeUpdate("update audit_chain_head set last_seq = 0, last_hash = '" + "0".repeat(64) + "'");
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		plugin.getCache().evictAll();
		core.getCache().evictAll();
	}

	@SuppressWarnings("unchecked")
	private static <T> T await(ServiceTracker<?, ?> tracker, String what) {
		tracker.open();
		try {
			Object service = tracker.waitForService(TIMEOUT_MS);
			if (service == null) {
				throw new IllegalStateException(what + " did not appear within " + TIMEOUT_MS + " ms");
			}
			return (T) service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
