package ducha.reports.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Services of the running framework, waited for: persistence units and the plugins' components come up late. */
final class Services {

	private static final long TIMEOUT_MS = 120_000;
	/** A kind of service counts as complete once no new one came for this long. */
	private static final long QUIET_MS = 5_000;

	private Services() {
	}

	static <T> T get(Class<T> type) {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
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

	/**
	 * Every registered service of a kind (the home page's tiles, the report's sections), once their number has
	 * stayed the same for a few seconds: each plugin's components register when their persistence unit is up.
	 */
	static <T> List<T> all(Class<T> type) throws InterruptedException {
		BundleContext context = context();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		int seen = -1;
		long since = System.currentTimeMillis();
		Collection<ServiceReference<T>> references;
		while (true) {
			try {
				references = context.getServiceReferences(type, null);
			} catch (InvalidSyntaxException e) {
				throw new IllegalStateException(e);
			}
			if (references.size() != seen) {
				seen = references.size();
				since = System.currentTimeMillis();
			} else if (System.currentTimeMillis() - since >= QUIET_MS || System.currentTimeMillis() > deadline) {
				break;
			}
			Thread.sleep(250);
		}
		List<T> services = new ArrayList<>();
		for (ServiceReference<T> reference : references) {
			T service = context.getService(reference);
			if (service != null) {
				services.add(service);
			}
		}
		return services;
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}
}
