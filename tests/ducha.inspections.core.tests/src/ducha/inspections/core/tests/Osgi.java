package ducha.inspections.core.tests;

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

/** Services of the running framework; persistence units deploy in the background, so lookups wait. */
final class Osgi {

	private static final long TIMEOUT_MS = 60_000;

	/** The inspections plugin's tables, children first. */
	private static final String[] INSPECTIONS_TABLES = { "insp_finding", "insp_bulletin", "insp_item_result",
			"insp_inspection_person", "insp_inspection_department", "insp_inspection", "insp_checklist_item",
			"insp_checklist", "insp_plan", "attachment_content", "attachment" };
	private static final String[] CORE_TABLES = { "audit_entry", "user_department", "user_role", "user_account",
			"supervisor_assignment", "staff", "department" };

	private Osgi() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
	}

	static <T> T service(Class<T> type) {
		return await(new ServiceTracker<>(context(), type, null), type.getName());
	}

	/** Every service of the type registered now (after waiting for the first one). */
	static <T> List<T> services(Class<T> type) {
		service(type);
		try {
			return context().getServiceReferences(type, null).stream().map(r -> context().getService(r)).toList();
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static <T> ServiceRegistration<T> register(Class<T> type, T service) {
		return context().registerService(type, service, new Hashtable<>());
	}

	/** Empties the inspections and core tables and both units' caches: each test starts clean. */
	static void resetTables() {
		EntityManagerFactory inspections = unit("ducha.inspections");
		EntityManagerFactory core = unit("ducha.core");
		try (Connection c = service(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			for (String table : INSPECTIONS_TABLES) {
				s.executeUpdate("delete from " + table);
			}
			for (String table : CORE_TABLES) {
				s.executeUpdate("delete from " + table);
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		inspections.getCache().evictAll();
		core.getCache().evictAll();
	}

	static EntityManagerFactory unit(String name) {
		try {
			var filter = context().createFilter(
					"(&(objectClass=" + EntityManagerFactory.class.getName() + ")(osgi.unit.name=" + name + "))");
			return await(new ServiceTracker<>(context(), filter, null), "EntityManagerFactory " + name);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
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
