package ducha.cases.benchmark;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Services of the running framework, waited for: persistence units deploy in the background. */
final class Services {

	private static final long TIMEOUT_MS = 120_000;

	private Services() {
	}

	static <T> T get(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
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
}
