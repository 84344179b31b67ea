package ducha.cases.tests;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.documents.NumberingService;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import jakarta.persistence.EntityManagerFactory;

/**
 * Services of the running framework (waited for: persistence units deploy in the background) and a small court
 * of two departments: 民事审判第一庭 (MS1: judges 20001, 20002) and 刑事审判庭 (XST: judge 20003).
 */
final class Osgi {

	static final Principal ADMIN = Principal.system("tester");
	private static final long TIMEOUT_MS = 60_000;

	private Osgi() {
	}

	static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Osgi.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(TIMEOUT_MS);
			if (service == null) {
				throw new IllegalStateException(type.getName() + " did not appear within " + TIMEOUT_MS + " ms");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The registered service of the type that matches, e.g. one dashboard tile by id (waited for). */
	static <T> T service(Class<T> type, Predicate<T> which) {
		BundleContext context = FrameworkUtil.getBundle(Osgi.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < end) {
			Object[] services = tracker.getServices();
			if (services != null) {
				for (Object service : services) {
					if (which.test(type.cast(service))) {
						return type.cast(service);
					}
				}
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new IllegalStateException("no matching " + type.getName() + " within " + TIMEOUT_MS + " ms");
	}

	/** Empties the plugin's tables (keeping the rule table's defaults) and the directory, then adds the court. */
	static void resetCourt() {
		wipe();
		DirectoryService directory = service(DirectoryService.class);
		directory.importDepartments(List.of(new Department("MS1", "民事审判第一庭", DepartmentKind.TRIAL, 10, true),
				new Department("XST", "刑事审判庭", DepartmentKind.TRIAL, 20, true)), ADMIN);
		directory.importStaff(List.of(staff("20001", "李明", "MS1"), staff("20002", "王芳", "MS1"),
				staff("20003", "赵强", "XST"), staff("20009", "周院长", "XST")), ADMIN);
	}

	/**
	 * Empties the plugin's tables (keeping the rule table's and the keyword defaults), the directory and the
	 * numbering of case bulletins: an empty database as the demo needs it.
	 */
	static void wipe() {
		// the plugin's services need its persistence unit, which exists only after its migrations ran
		service(ducha.cases.CaseRegister.class);
		// bulletins take their numbers from the platform's numbering service once it runs
		service(NumberingService.class);
		DataSource dataSource = service(DataSource.class);
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String table : new String[] { "case_mark_event", "mark_suggestion", "order_event",
					"supervision_order", "reminder_talk", "rectification_followup", "review_finding", "case_bulletin",
					"case_register", "audit_entry", "user_department", "user_role", "user_account",
					"supervisor_assignment", "staff", "department" }) {
				s.executeUpdate("delete from " + table);
			}
			// the audit chain starts again with the emptied log
			s.executeUpdate("update audit_chain_head set last_seq = 0, last_hash = '" + "0".repeat(64) + "'");
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		forgetBulletinNumbers();
		// the platform's unit caches departments and staff: after deleting behind its back it must forget them
		unit("ducha.core").getCache().evictAll();
		unit("ducha.cases").getCache().evictAll();
	}

	/** Empties the platform's numbering of case bulletins, as in a database from before the numbering service. */
	static void forgetBulletinNumbers() {
		try (Connection c = service(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("delete from issued_document where kind = 'cases.bulletin'");
			s.executeUpdate("delete from number_counter where kind = 'cases.bulletin'");
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every registered service of the type. */
	static <T> List<T> services(Class<T> type) {
		service(type);
		BundleContext context = FrameworkUtil.getBundle(Osgi.class).getBundleContext();
		try {
			return context.getServiceReferences(type, null).stream().map(context::getService).toList();
		} catch (InvalidSyntaxException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static EntityManagerFactory unit(String name) {
		BundleContext context = FrameworkUtil.getBundle(Osgi.class).getBundleContext();
		try {
			ServiceTracker<EntityManagerFactory, EntityManagerFactory> tracker = new ServiceTracker<>(context,
					context.createFilter("(&(objectClass=" + EntityManagerFactory.class.getName() + ")(osgi.unit.name="
							+ name + "))"), null);
			tracker.open();
			EntityManagerFactory emf = tracker.waitForService(TIMEOUT_MS);
			if (emf == null) {
				throw new IllegalStateException("persistence unit " + name + " did not appear");
			}
			return emf;
		} catch (InvalidSyntaxException e) {
			throw new IllegalArgumentException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static Principal user(Role role, String... departments) {
		DepartmentScope scope = departments.length == 0 ? DepartmentScope.ALL : DepartmentScope.of(Set.of(departments));
		return new Principal(role.name().toLowerCase(), role.label(), null, Set.of(role), scope);
	}

	private static Staff staff(String no, String name, String department) {
		return new Staff(no, name, department, "审判员", LocalDate.of(2015, 7, 1), EmploymentStatus.ACTIVE);
	}
}
