package ducha.app.internal.startup;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.startlevel.FrameworkStartLevel;

import ducha.app.internal.OsgiServices;
import ducha.core.demo.DemoService;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorService;
import ducha.core.ledger.LedgerService;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.UserService;
import ducha.persistence.DatabaseService;

/**
 * The services the workbench needs before its window opens. The persistence units deploy in the background
 * after start, so the core services appear a few seconds after {@link DatabaseService}; this waits for them and
 * stops early when the database reports a failure.
 *
 * @param demo        seeds the demo court
 * @param users       authenticates the log-in
 * @param empty       whether the database holds no department yet
 * @param hasAccounts whether any account exists (false: the court has not been set up)
 * @param demoAccounts the demo accounts that can log in with the published password (empty for a real court)
 */
record StartupServices(DemoService demo, UserService users, boolean empty, boolean hasAccounts,
		List<String> demoAccounts) {

	static final String START_LEVEL_PROPERTY = "ducha.startLevel";

	private static final long TIMEOUT_MILLIS = 180_000;
	private static final long POLL_MILLIS = 200;

	/**
	 * Completes once the framework has started every bundle of the level {@link #raiseStartLevel} asked for (the
	 * plugins' views, tiles and reminders are there when the main window lists them); at once without a level to
	 * raise.
	 */
	private static final CompletableFuture<Void> LEVEL_REACHED = Integer.getInteger(START_LEVEL_PROPERTY) == null
			? CompletableFuture.completedFuture(null)
			: new CompletableFuture<>();

	/**
	 * The start script starts the framework below the database ({@code -Dosgi.startLevel}) and names the level
	 * where the database, the persistence units and the plugins start ({@code -Dducha.startLevel}): called once the
	 * log-in dialog is on screen, so that their start does not compete with the dialog's. Without the property (the
	 * test runtimes, an older start script) the framework is already there and nothing happens.
	 */
	static void raiseStartLevel() {
		Integer level = Integer.getInteger(START_LEVEL_PROPERTY);
		if (level == null) {
			return;
		}
		FrameworkStartLevel framework = OsgiServices.context().getBundle(0)
				.adapt(FrameworkStartLevel.class);
		if (framework.getStartLevel() < level) {
			// asynchronous: the framework's own thread starts the bundles; the services appear as they come up
			framework.setStartLevel(level, event -> {
				if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.ERROR) {
					LEVEL_REACHED.complete(null);
				}
			});
		} else {
			LEVEL_REACHED.complete(null);
		}
	}

	/**
	 * {@link #await} in a background job, while the log-in dialog is already shown: the future completes with the
	 * services, or exceptionally with what {@code await} threw; cancelling the future cancels the wait.
	 */
	static CompletableFuture<StartupServices> inBackground() {
		CompletableFuture<StartupServices> services = new CompletableFuture<>();
		Job job = Job.create(Messages.Startup_connecting, monitor -> {
			try {
				services.complete(await(monitor));
			} catch (InterruptedException | OperationCanceledException e) {
				services.cancel(false);
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				// shown by the start-up sequence, not as a failed job
				services.completeExceptionally(e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		services.whenComplete((done, failure) -> {
			if (services.isCancelled()) {
				job.cancel();
			}
		});
		job.schedule();
		return services;
	}

	/**
	 * @throws DatabaseUnavailableException when the database fails or the services do not appear in time
	 */
	static StartupServices await(IProgressMonitor monitor) throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Startup_connecting, IProgressMonitor.UNKNOWN);
		DatabaseService database = OsgiServices.await(DatabaseService.class, TIMEOUT_MILLIS, progress)
				.orElseThrow(() -> new DatabaseUnavailableException(Messages.Startup_noDatabaseService));
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (System.currentTimeMillis() < end) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			failIfFailed(database);
			Optional<DemoService> demo = OsgiServices.find(DemoService.class);
			Optional<UserService> users = OsgiServices.find(UserService.class);
			if (demo.isPresent() && users.isPresent() && OsgiServices.find(DirectoryService.class).isPresent()
					&& OsgiServices.find(SupervisorService.class).isPresent()
					&& OsgiServices.find(LedgerService.class).isPresent()
					&& OsgiServices.find(PluginSwitchService.class).isPresent()) {
				progress.subTask(Messages.Startup_checkingContent);
				// the plugins' units too: their demo seeders and other services register once their unit is up
				database.awaitReady(java.time.Duration.ofMillis(Math.max(0, end - System.currentTimeMillis())));
				failIfFailed(database); // a plugin's migration failed, or its schema is newer than this desktop's
				// the plugins' bundles start at the raised level too (their UI bundles after their units): all of
				// them, before the switched-off ones are stopped and the main window lists the views
				awaitStartLevel(end, progress);
				// plugins the court switched off stop before any view, tile or reminder of theirs is shown
				OsgiServices.find(PluginSwitchService.class).get().applyToRuntime();
				boolean hasAccounts = users.get().hasAccounts();
				return new StartupServices(demo.get(), users.get(), demo.get().isEmpty(), hasAccounts,
						hasAccounts ? users.get().demoAccounts() : List.of());
			}
			Thread.sleep(POLL_MILLIS);
		}
		throw new DatabaseUnavailableException(Messages.Startup_timeout);
	}

	/** Waits, until {@code end} at most, for the framework to have started the raised level's bundles. */
	private static void awaitStartLevel(long end, IProgressMonitor progress) throws InterruptedException {
		while (!LEVEL_REACHED.isDone() && System.currentTimeMillis() < end) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				LEVEL_REACHED.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// look at the monitor again
			} catch (ExecutionException e) {
				return;
			}
		}
	}

	/** Ends the wait the moment the database reports a failure: its cause and what to do about it. */
	private static void failIfFailed(DatabaseService database) {
		database.failure().ifPresent(failure -> {
			throw new DatabaseUnavailableException(
					NLS.bind(Messages.Startup_failure, failure.message(), failure.advice()));
		});
	}
}
