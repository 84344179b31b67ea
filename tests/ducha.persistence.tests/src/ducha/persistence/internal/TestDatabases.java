package ducha.persistence.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import ducha.persistence.DatabaseConfig;

/** Scratch databases and service look-ups for the tests. */
final class TestDatabases {

	private TestDatabases() {
	}

	static Path work(String name) {
		return Path.of(System.getProperty("ducha.test.work", System.getProperty("java.io.tmpdir"))).resolve(name);
	}

	/** A new embedded Derby database in the test's work folder. */
	static DataSource scratch(String name) {
		return DataSources.embedded(DatabaseConfig.embedded(work(name + "-" + System.nanoTime())), null);
	}

	static <T> T service(Class<T> type, String filter) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(TestDatabases.class).getBundleContext();
		String f = "(&(objectClass=" + type.getName() + ")" + (filter == null ? "" : filter) + ")";
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, context.createFilter(f), null);
		tracker.open();
		try {
			T service = tracker.waitForService(60_000);
			if (service == null) {
				throw new AssertionError("no service " + f + " within 60 s");
			}
			return service;
		} finally {
			tracker.close();
		}
	}
}
