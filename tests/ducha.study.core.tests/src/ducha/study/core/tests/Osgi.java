package ducha.study.core.tests;

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

	/**
	 * The study plugin's tables, children first; each part of the plugin adds its tables here as its migration
	 * creates them.
	 */
	private static final String[] STUDY_TABLES = { "study_review_assignment", "study_review_problem",
			"study_review_staff", "study_review", "study_session_attendee", "study_session",
			"study_answer", "study_attempt", "study_attempt_grant", "study_makeup", "study_score", "study_paper_question",
			"study_test", "study_question" };
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

	/** Empties the study and core tables and both units' caches: each test starts clean. */
	static void resetTables() {
		EntityManagerFactory study = unit("ducha.study");
		EntityManagerFactory core = unit("ducha.core");
		try (Connection c = service(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			for (String table : STUDY_TABLES) {
				s.executeUpdate("delete from " + table);
			}
			for (String table : CORE_TABLES) {
				s.executeUpdate("delete from " + table);
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		study.getCache().evictAll();
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
