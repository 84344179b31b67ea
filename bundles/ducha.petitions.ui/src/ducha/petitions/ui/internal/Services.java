package ducha.petitions.ui.internal;

import java.util.Optional;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The plugin's services, waited for off the UI thread: the plugin's persistence unit may deploy after the workbench
 * opened.
 */
final class Services {

	private static final long TIMEOUT_MILLIS = 60_000;

	private Services() {
	}

	static <S> Optional<S> get(Class<S> type) throws InterruptedException {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(Services.class).getBundleContext(),
				type, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(TIMEOUT_MILLIS));
		} finally {
			tracker.close();
		}
	}
}
