package ducha.core.tests;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Hashtable;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Services of the running framework for the tests. Persistence units deploy in the background, so every lookup
 * waits for its service.
 */
final class Osgi {

	private static final long TIMEOUT_MS = 60_000;

	/** After one service failed to appear the others will not either: fail fast instead of waiting again. */
	private static volatile String broken;

	private Osgi() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
	}

	static <T> T service(Class<T> type) {
		return await(new ServiceTracker<>(context(), type, null), type.getName());
	}

	static <T> ServiceRegistration<T> register(Class<T> type, T service) {
		return context().registerService(type, service, new Hashtable<>());
	}

	/** Deletes every row of the core tables and empties EclipseLink's cache: each test class starts clean. */
	static void resetCoreTables() {
		// the core unit is registered once the core schema is migrated: the data source alone comes earlier
		EntityManagerFactory core = coreUnit();
		DataSource dataSource = service(DataSource.class);
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String table : new String[] { "audit_entry", "account_key", "user_department", "user_role",
					"user_account",
					"supervisor_assignment", "staff", "department" }) {
				s.executeUpdate("delete from " + table);
			}
			// the audit chain starts again with the emptied log
			s.executeUpdate("update audit_chain_head set last_seq = 0, last_hash = '" + "0".repeat(64) + "'");
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		core.getCache().evictAll();
	}

	static EntityManagerFactory coreUnit() {
		try {
			var filter = context().createFilter("(&(objectClass=" + EntityManagerFactory.class.getName()
					+ ")(osgi.unit.name=ducha.core))");
			return await(new ServiceTracker<>(context(), filter, null), "EntityManagerFactory ducha.core");
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T await(ServiceTracker<?, ?> tracker, String what) {
		if (broken != null) {
			throw new IllegalStateException(broken);
		}
		tracker.open();
		try {
			Object service = tracker.waitForService(TIMEOUT_MS);
			if (service == null) {
				broken = what + " did not appear within " + TIMEOUT_MS + " ms; " + Diagnostics.describe(context());
				throw new IllegalStateException(broken);
			}
			return (T) service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
