package ducha.cli.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import ducha.core.audit.AuditLog;
import ducha.core.security.AuthorizationService;
import ducha.core.security.UserService;
import ducha.persistence.DatabaseService;

/**
 * Waits for the OSGi services a command needs. Core services appear only after the database has been opened and
 * migrated, in the background, so a command started right after the framework waits for them, but gives up at
 * once when the database reports a failure (e.g. locked by an open workbench, a failed migration) and after the
 * timeout otherwise. After a failed migration only the services of the log-in and of database administration are
 * still handed out, so that an administrator can log in and run {@code db migrate} or {@code db info}; any other
 * command is refused (a report without the failed plugin's section would be wrong on paper). A schema newer than
 * this installation refuses every command: only upgrading the installation helps.
 * <p>
 * {@code ducha-cli}'s framework leaves the persistence bundle stopped (its start script marks it so in the
 * command line's own list of bundles): the first command that asks for a service starts it, so that
 * {@code --help} never opens the database. In the workbench and the tests it runs already.
 */
final class ServiceWaiter implements AutoCloseable {

	private static final long POLL_MILLIS = 200;

	private final BundleContext context;
	private final Duration timeout;
	private final Map<String, ServiceTracker<?, ?>> trackers = new LinkedHashMap<>();
	private boolean persistenceReady;

	ServiceWaiter(BundleContext context, Duration timeout) {
		this.context = context;
		this.timeout = timeout;
	}

	/**
	 * @throws DatabaseUnavailableException when the database failed or the service did not appear in time
	 */
	<S> S await(Class<S> type) {
		return await(type, null);
	}

	/**
	 * The service of the type that matches the OSGi filter ({@code null}: any).
	 *
	 * @throws DatabaseUnavailableException when the database failed or the service did not appear in time
	 */
	<S> S await(Class<S> type, String filter) {
		ServiceTracker<S, S> tracker = tracker(type, filter);
		long deadline = System.nanoTime() + timeout.toNanos();
		awaitPersistence(deadline);
		while (true) {
			if (!servedDespiteFailure(type)) {
				failIfDatabaseFailed();
			}
			S service = tracker.getService();
			if (service != null) {
				return service;
			}
			failIfDatabaseFailed();
			if (System.nanoTime() - deadline > 0) {
				throw new DatabaseUnavailableException(
						NLS.bind(Messages.serviceTimeout, type.getSimpleName(), timeout.toSeconds()));
			}
			try {
				tracker.waitForService(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new DatabaseUnavailableException(Messages.interrupted);
			}
		}
	}

	/**
	 * Once per run: waits until the persistence units are deployed, so that services built on them (ledger kinds,
	 * plugin services) are registered before a command looks for them.
	 */
	private void awaitPersistence(long deadline) {
		if (persistenceReady) {
			return;
		}
		startPersistence();
		ServiceTracker<DatabaseService, DatabaseService> database = tracker(DatabaseService.class);
		try {
			DatabaseService service = database.waitForService(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			if (service != null) {
				service.awaitReady(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DatabaseUnavailableException(Messages.interrupted);
		}
		persistenceReady = true;
	}

	/** Starts the persistence bundle if the framework left it stopped (see the class comment). */
	private static void startPersistence() {
		Bundle persistence = FrameworkUtil.getBundle(DatabaseService.class);
		if (persistence != null && (persistence.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
			try {
				persistence.start(Bundle.START_TRANSIENT);
			} catch (BundleException | IllegalStateException e) {
				// the wait below then reports that the database did not come up
				ILog.of(ServiceWaiter.class).error("Cannot start " + persistence.getSymbolicName(), e);
			}
		}
	}

	/**
	 * The services of the type registered right now, with the references they came by; starts and waits for
	 * nothing (the plugins' command descriptions need no database).
	 */
	<S> Map<ServiceReference<S>, S> registered(Class<S> type) {
		ServiceTracker<S, S> tracker = tracker(type, null);
		Map<ServiceReference<S>, S> result = new LinkedHashMap<>();
		ServiceReference<S>[] references = tracker.getServiceReferences();
		if (references != null) {
			Arrays.sort(references, Collections.reverseOrder()); // by ranking, then age
			for (ServiceReference<S> reference : references) {
				S service = tracker.getService(reference);
				if (service != null) {
					result.put(reference, service);
				}
			}
		}
		return result;
	}

	/** Every service of the type registered once the persistence units are deployed. */
	<S> List<S> current(Class<S> type) {
		awaitPersistence(System.nanoTime() + timeout.toNanos());
		Object[] services = tracker(type).getServices();
		List<S> result = new ArrayList<>();
		if (services != null) {
			for (Object service : services) {
				result.add(type.cast(service));
			}
		}
		return result;
	}

	/** The services a failed migration leaves usable: the log-in's and those of {@code db migrate|info}. */
	private static final Set<Class<?>> REMEDY = Set.of(DatabaseService.class, UserService.class,
			AuthorizationService.class, AuditLog.class);

	private boolean servedDespiteFailure(Class<?> type) {
		DatabaseService database = tracker(DatabaseService.class).getService();
		return REMEDY.contains(type) && (database == null
				|| database.failure().map(f -> f.kind().curedByMigrate()).orElse(true));
	}

	/** @throws DatabaseUnavailableException when the database service is registered and reports a failure */
	void failIfDatabaseFailed() {
		DatabaseService database = tracker(DatabaseService.class).getService();
		if (database != null) {
			database.failure().ifPresent(failure -> {
				throw new DatabaseUnavailableException(failure);
			});
		}
	}

	private <S> ServiceTracker<S, S> tracker(Class<S> type) {
		return tracker(type, null);
	}

	@SuppressWarnings("unchecked")
	private <S> ServiceTracker<S, S> tracker(Class<S> type, String filter) {
		return (ServiceTracker<S, S>) trackers.computeIfAbsent(filter == null ? type.getName() : type.getName() + filter,
				key -> {
					ServiceTracker<S, S> tracker;
					if (filter == null) {
						tracker = new ServiceTracker<>(context, type, null);
					} else {
						try {
							tracker = new ServiceTracker<>(context, context.createFilter(
									"(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
						} catch (InvalidSyntaxException e) {
							throw new IllegalArgumentException(filter, e);
						}
					}
					tracker.open();
					return tracker;
				});
	}

	@Override
	public void close() {
		trackers.values().forEach(ServiceTracker::close);
		trackers.clear();
	}
}
