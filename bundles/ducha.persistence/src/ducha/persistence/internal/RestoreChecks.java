package ducha.persistence.internal;

import java.util.Arrays;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import ducha.core.spi.RestoreCheck;

/** The {@link RestoreCheck}s registered now (the platform's audit chain check, plugins' own). */
final class RestoreChecks {

	private RestoreChecks() {
	}

	static List<RestoreCheck> registered(BundleContext context) {
		if (context == null) {
			return List.of();
		}
		ServiceTracker<RestoreCheck, RestoreCheck> tracker = new ServiceTracker<>(context, RestoreCheck.class, null);
		tracker.open();
		try {
			RestoreCheck[] services = tracker.getServices(new RestoreCheck[0]);
			return services == null ? List.of() : Arrays.asList(services);
		} finally {
			tracker.close();
		}
	}
}
