package ducha.reports.tests;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services under test; the persistence unit deploys in the background, so they may come late. */
final class Services {

	private static final long TIMEOUT_MILLIS = 60_000;

	private Services() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}

	static <S> S get(Class<S> type) {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(TIMEOUT_MILLIS);
			if (service == null) {
				throw new AssertionError(type.getName() + " not registered within " + TIMEOUT_MILLIS + " ms");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
