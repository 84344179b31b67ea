package ducha.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

import ducha.persistence.DatabaseConfig;

/**
 * The running persistence layer: one DataSource, the extender and the bundle tracker feeding it. All database
 * work of the extender runs on one background thread, off the framework's start-level thread (the first unit
 * takes about a second to deploy) and in a fixed order.
 */
final class PersistenceRuntime implements BundleTrackerCustomizer<Bundle> {

	private static final ILog LOG = ILog.of(PersistenceRuntime.class);

	private final BundleContext context;
	private final DatabaseConfig config;
	private final DataSource dataSource;
	private final PoolSettings pool;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "ducha-persistence");
		t.setDaemon(true);
		return t;
	});
	private volatile JpaExtender extender;
	private volatile BundleTracker<Bundle> tracker;
	private final FailureState failures = new FailureState();
	/** Set by {@link #close()}: deployments still queued are dropped. */
	private volatile boolean closing;

	/** @param pool the connection pool of each unit ({@link PoolSettings#NONE} for the embedded database) */
	PersistenceRuntime(BundleContext context, DatabaseConfig config, DataSource dataSource, PoolSettings pool) {
		this.context = context;
		this.config = config;
		this.dataSource = dataSource;
		this.pool = pool;
	}

	/** Checks the connection, then deploys every persistent bundle, in the background. */
	void open() {
		worker.execute(() -> {
			try (Connection c = dataSource.getConnection()) {
				LOG.info("Database: " + config.describe() + " (" + c.getMetaData().getDatabaseProductName() + " "
						+ c.getMetaData().getDatabaseProductVersion() + ")");
			} catch (SQLException e) {
				failures.report(Diagnostics.explain(config, e));
				return;
			} catch (RuntimeException e) {
				// a driver's own fault (the Derby client once failed so on every error): still a reported failure,
				// not a worker thread that dies and leaves everyone waiting for the time-out
				failures.report(Diagnostics.unexpected(config, e));
				return;
			}
			if (!closing) {
				startTracking();
			}
		});
	}

	private void startTracking() {
		extender = new JpaExtender(dataSource, DataSources.targetDatabase(config), failures::report, pool);
		tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
		tracker.open();
	}

	@Override
	public Bundle addingBundle(Bundle bundle, BundleEvent event) {
		if (!JpaExtender.isPersistent(bundle)) {
			return null;
		}
		JpaExtender current = extender;
		worker.execute(() -> {
			// a short ducha-cli run may end before every unit is deployed: a bundle stopped meanwhile, or the
			// framework shutting down, does not need its unit any more (deploying it would cost about a second)
			if (!closing && (bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
				current.deploy(bundle);
			}
		});
		return bundle;
	}

	@Override
	public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle object) {
		// a lazy bundle going from STARTING to ACTIVE keeps its units
	}

	@Override
	public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
		JpaExtender current = extender;
		worker.execute(() -> current.undeploy(bundle));
	}

	/** Runs work on the persistence thread after everything queued before it, and waits for it. */
	<T> T onWorker(java.util.concurrent.Callable<T> work) {
		try {
			return worker.submit(work).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (java.util.concurrent.ExecutionException e) {
			if (e.getCause() instanceof RuntimeException re) {
				throw re;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * Waits until the worker has done everything queued so far, including the deployments that the tracker queues
	 * while the opening task runs: the marker is queued from inside a task on the worker, so it lands behind them.
	 * A failure reported meanwhile ends the wait at once: the deployments still queued cannot make the database
	 * usable.
	 *
	 * @return false when the timeout passed first
	 */
	boolean awaitIdle(java.time.Duration timeout) {
		try {
			CompletableFuture<Void> idle = CompletableFuture
					.supplyAsync(() -> CompletableFuture.runAsync(() -> {
					}, worker), worker).thenCompose(marker -> marker);
			CompletableFuture.anyOf(idle, failures.reported()).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
			return true;
		} catch (java.util.concurrent.TimeoutException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		} catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
			return true; // the worker is shutting down: there is nothing left to wait for
		}
	}

	/** Closes every unit (on the worker thread); {@link #reopen()} deploys them again. */
	void closeUnits() {
		BundleTracker<Bundle> t = tracker;
		if (t != null) {
			t.close();
		}
		if (extender != null) {
			extender.undeployAll();
		}
	}

	void reopen() {
		failures.clear();
		startTracking();
	}

	void close() {
		closing = true;
		BundleTracker<Bundle> t = tracker;
		if (t != null) {
			t.close();
		}
		worker.execute(() -> {
			if (extender != null) {
				extender.undeployAll();
			}
		});
		worker.shutdown();
		try {
			worker.awaitTermination(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	DatabaseConfig config() {
		return config;
	}

	BundleContext context() {
		return context;
	}

	DataSource dataSource() {
		return dataSource;
	}

	FailureState failures() {
		return failures;
	}

	JpaExtender extender() {
		return extender;
	}

	Bundle[] persistentBundles() {
		BundleTracker<Bundle> t = tracker;
		return t == null ? new Bundle[0] : t.getBundles() == null ? new Bundle[0] : t.getBundles();
	}
}
