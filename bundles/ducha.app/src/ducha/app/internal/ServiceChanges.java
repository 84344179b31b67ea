package ducha.app.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Tracks services like a plain ServiceTracker and runs {@code onChange} whenever one comes, changes or goes (a plugin
 * installed or removed at run time), so that a view can recompute what it shows. {@code onChange} runs on the
 * thread of the service event: it should only schedule work.
 */
public final class ServiceChanges<S> implements ServiceTrackerCustomizer<S, S> {

	private final BundleContext context;
	private final Runnable onChange;

	public ServiceChanges(BundleContext context, Runnable onChange) {
		this.context = context;
		this.onChange = onChange;
	}

	@Override
	public S addingService(ServiceReference<S> reference) {
		S service = context.getService(reference);
		onChange.run();
		return service;
	}

	@Override
	public void modifiedService(ServiceReference<S> reference, S service) {
		onChange.run();
	}

	@Override
	public void removedService(ServiceReference<S> reference, S service) {
		context.ungetService(reference);
		onChange.run();
	}
}
