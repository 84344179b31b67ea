package ducha.petitions.tests;

import java.util.Hashtable;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import ducha.core.spi.ArchiveContributor;

/** Services of the running framework; persistence units deploy in the background, so lookups wait. */
final class Osgi {

	private static final long TIMEOUT_MS = 60_000;

	private Osgi() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
	}

	static <T> T service(Class<T> type) {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(TIMEOUT_MS);
			if (service == null) {
				throw new AssertionError(type.getName() + " not registered within " + TIMEOUT_MS + " ms");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** Every registered service of the type (at least one, waited for). */
	static <T> java.util.List<T> services(Class<T> type) {
		service(type);
		try {
			return context().getServiceReferences(type, null).stream().map(context()::getService).toList();
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalArgumentException(e);
		}
	}

	/** The petitions plugin's archive contributor (other plugins may register theirs). */
	static ArchiveContributor petitionsArchive() {
		service(ArchiveContributor.class);
		try {
			return context().getServiceReferences(ArchiveContributor.class, null).stream()
					.map(r -> context().getService(r)).filter(a -> "petitions".equals(a.source())).findFirst()
					.orElseThrow(() -> new AssertionError("no petitions ArchiveContributor"));
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
	}

	/** The plugin's persistence unit (to empty its cache after a test changed rows past it). */
	static EntityManagerFactory petitionsUnit() {
		try {
			ServiceTracker<?, ?> tracker = new ServiceTracker<>(context(), context().createFilter("(&(objectClass="
					+ EntityManagerFactory.class.getName() + ")(osgi.unit.name=ducha.petitions))"), null);
			tracker.open();
			Object unit = tracker.waitForService(TIMEOUT_MS);
			if (unit == null) {
				throw new AssertionError("persistence unit ducha.petitions not registered within " + TIMEOUT_MS + " ms");
			}
			return (EntityManagerFactory) unit;
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	static <T> ServiceRegistration<T> register(Class<T> type, T service) {
		return context().registerService(type, service, new Hashtable<>());
	}
}
