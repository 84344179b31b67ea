package ducha.cli.tests;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services the tests check the command line's effects with. */
final class Services {

	private static final long TIMEOUT_MILLIS = 60_000;

	private Services() {
	}

	static <S> S get(Class<S> type) {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(Services.class).getBundleContext(), type, null);
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
