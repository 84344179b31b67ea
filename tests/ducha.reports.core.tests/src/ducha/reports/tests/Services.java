package ducha.reports.tests;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
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
		return await(new ServiceTracker<>(context(), type, null), type.getName());
	}

	/** The EntityManagerFactory of the named persistence unit. */
	static EntityManagerFactory unit(String name) {
		try {
			return await(new ServiceTracker<EntityManagerFactory, EntityManagerFactory>(context(), context()
					.createFilter("(&(objectClass=" + EntityManagerFactory.class.getName() + ")(osgi.unit.name=" + name
							+ "))"), null), "EntityManagerFactory " + name);
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
	}

	private static <S> S await(ServiceTracker<S, S> tracker, String what) {
		tracker.open();
		try {
			S service = tracker.waitForService(TIMEOUT_MILLIS);
			if (service == null) {
				throw new AssertionError(what + " not registered within " + TIMEOUT_MILLIS + " ms");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
