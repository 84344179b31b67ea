package ducha.app.internal;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Looks up OSGi services from code that runs before the workbench's injection is available. */
public final class OsgiServices {

	private static final long POLL_MILLIS = 200;

	private OsgiServices() {
	}

	public static BundleContext context() {
		return FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
	}

	/** The service if one is registered now. */
	public static <T> Optional<T> find(Class<T> type) {
		BundleContext context = context();
		ServiceReference<T> reference = context.getServiceReference(type);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	/**
	 * Waits (off the UI thread) until a service of the type is registered.
	 *
	 * @return the service, or empty when the time ran out or the monitor was cancelled
	 */
	public static <T> Optional<T> await(Class<T> type, long timeoutMillis, IProgressMonitor monitor)
			throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		try {
			long end = System.currentTimeMillis() + timeoutMillis;
			while (System.currentTimeMillis() < end && !monitor.isCanceled()) {
				T service = tracker.waitForService(POLL_MILLIS);
				if (service != null) {
					return Optional.of(service);
				}
			}
			return Optional.empty();
		} finally {
			// the service stays registered; closing the tracker only drops our own tracking
			tracker.close();
		}
	}
}
