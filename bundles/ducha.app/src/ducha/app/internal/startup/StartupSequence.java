package ducha.app.internal.startup;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import ducha.app.internal.dialogs.PreferencesDialog;
import ducha.app.ui.ModalProgress;
import ducha.core.demo.DemoReport;
import ducha.core.security.Principal;
import ducha.core.security.UserService;
import ducha.persistence.SettingsFile;

/**
 * What happens before the main window opens: the log-in dialog shows at once while the database and the
 * persistence units start behind it (its log-in waits for them, the fields locked). Once they are up, a database
 * without any account closes the dialog and creates the court's first administrator instead (or, only when asked
 * with {@code -Dducha.demo=true}, seeds the demo court and asks for the log-in again); a database whose demo
 * accounts can still log in says so in the log and the log-in dialog. A database failure closes the dialog, is
 * shown to the user and ends the start.
 */
final class StartupSequence {

	/**
	 * Automated UI tests and benchmarks only: log in as this user (still authenticated). With
	 * {@link StartTimes#PROPERTY} (benchmarks, the smoke test) the log-in dialog types the account into itself and
	 * logs in, through the same dialog and wait as a user's log-in; without it (the UI tests) no log-in dialog shows.
	 */
	static final String USER_PROPERTY = "ducha.login.user";
	static final String PASSWORD_PROPERTY = "ducha.login.password";

	private static final ILog LOG = ILog.of(StartupSequence.class);

	private List<String> demoAccounts = List.of();

	/** The logged-in user, or empty when the start was cancelled or failed. */
	Optional<Principal> run() {
		String user = System.getProperty(USER_PROPERTY);
		if (user != null && !user.isBlank() && !StartTimes.enabled()) {
			return runWithoutDialog(user);
		}
		CompletableFuture<StartupServices> pending = StartupServices.inBackground();
		// a database without accounts has nobody to authenticate: the dialog's log-in is refused, never tried
		LoginDialog dialog = loginDialog(pending.thenApply(services -> {
			if (!services.hasAccounts()) {
				throw new CancellationException("no account yet");
			}
			return services.users();
		}), List.of());
		dialog.whenShown(StartupServices::raiseStartLevel);
		AtomicBoolean closed = new AtomicBoolean();
		pending.whenComplete((services, failure) -> onDisplay(() -> {
			if (failure == null && services.hasAccounts()) {
				dialog.showDemoAccounts(services.demoAccounts());
			} else {
				// nothing to log in to: the dialog gives way to the first administrator, the demo or the failure
				dialog.giveWay();
			}
		}, dialog, closed));
		boolean loggedIn = dialog.open() == Window.OK;
		closed.set(true);
		if (loggedIn) {
			StartupServices services = pending.join();
			warnAboutDemoAccounts(services.demoAccounts());
			return LogIn.ownPassword(services.users(), dialog);
		}
		if (!pending.isDone()) {
			LOG.info("Log-in cancelled while the database was starting");
			pending.cancel(false);
			return Optional.empty();
		}
		StartupServices services;
		try {
			services = pending.join();
		} catch (CancellationException e) {
			LOG.info("Start cancelled while the database was starting");
			return Optional.empty();
		} catch (CompletionException e) {
			LOG.error("Database not usable", e.getCause());
			offerPreferences(e.getCause().getMessage());
			return Optional.empty();
		}
		if (services.hasAccounts()) {
			LOG.info("Log-in cancelled");
			return Optional.empty();
		}
		if (!DemoMode.requested() || !services.empty()) {
			FirstAdministratorDialog first = new FirstAdministratorDialog(null, services.users());
			return first.open() == Window.OK ? first.principal() : Optional.empty();
		}
		if (!seedDemoCourt(services)) {
			return Optional.empty();
		}
		List<String> seeded = services.users().demoAccounts();
		warnAboutDemoAccounts(seeded);
		LoginDialog again = loginDialog(CompletableFuture.completedFuture(services.users()), seeded);
		return again.open() == Window.OK ? LogIn.ownPassword(services.users(), again) : Optional.empty();
	}

	/**
	 * The UI tests' start (the log-in hook without a benchmark): the services behind a progress dialog, then the
	 * hook's account authenticated without the log-in dialog. (The test harness starts the tests as soon as the
	 * display dispatches events; the log-in dialog's loop would let them in before the workbench exists.)
	 */
	private Optional<Principal> runWithoutDialog(String user) {
		StartupServices.raiseStartLevel();
		StartupServices services;
		try {
			services = ModalProgress.run(null, Messages.Startup_connectingTitle, StartupServices::await);
		} catch (InvocationTargetException e) {
			LOG.error("Database not usable", e.getCause());
			offerPreferences(e.getCause().getMessage());
			return Optional.empty();
		} catch (InterruptedException e) {
			return Optional.empty();
		}
		if (!services.hasAccounts()) {
			if (!DemoMode.requested() || !services.empty()) {
				FirstAdministratorDialog dialog = new FirstAdministratorDialog(null, services.users());
				return dialog.open() == Window.OK ? dialog.principal() : Optional.empty();
			}
			if (!seedDemoCourt(services)) {
				return Optional.empty();
			}
		}
		warnAboutDemoAccounts(services.users().demoAccounts());
		char[] password = System.getProperty(PASSWORD_PROPERTY, "").toCharArray();
		try {
			Optional<Principal> principal = ModalProgress.run(null, Messages.Login_job,
					monitor -> services.users().authenticate(user, password));
			if (principal.isEmpty()) {
				LOG.error("Log-in from -D" + USER_PROPERTY + " failed: wrong user name or password for " + user);
			}
			return principal.flatMap(p -> LogIn.ownPassword(services.users(), p));
		} catch (InvocationTargetException e) {
			LOG.error("Log-in from -D" + USER_PROPERTY + " failed", e.getCause());
			return Optional.empty();
		} catch (InterruptedException e) {
			return Optional.empty();
		}
	}

	/** The log-in dialog; filled and confirmed by itself when the test hook names an account (benchmarks). */
	private static LoginDialog loginDialog(CompletableFuture<UserService> users, List<String> demoAccounts) {
		LoginDialog dialog = new LoginDialog(null, users, demoAccounts, SettingsFile.passwordWarning());
		String user = System.getProperty(USER_PROPERTY);
		if (user != null && !user.isBlank()) {
			dialog.fillWhenShown(user, System.getProperty(PASSWORD_PROPERTY, ""));
		}
		return dialog;
	}

	/**
	 * Runs on the display thread while the dialog is open: waits for its shell (the services may be up before it
	 * opens), never after it closed.
	 */
	private static void onDisplay(Runnable action, LoginDialog dialog, AtomicBoolean closed) {
		Display.getDefault().asyncExec(() -> {
			if (closed.get()) {
				return;
			}
			if (dialog.getShell() == null) {
				onDisplay(action, dialog, closed);
			} else {
				action.run();
			}
		});
	}

	private void warnAboutDemoAccounts(List<String> accounts) {
		demoAccounts = List.copyOf(accounts);
		if (!demoAccounts.isEmpty()) {
			LOG.warn("The database holds demo accounts with the published password: " + String.join(", ", demoAccounts));
		}
	}

	/** The demo accounts that could log in at this start; empty for a real court. */
	List<String> demoAccounts() {
		return demoAccounts;
	}

	private static void offerPreferences(String reason) {
		MessageDialog dialog = new MessageDialog(null, Messages.Startup_failedTitle, null,
				NLS.bind(Messages.Startup_databaseFailed, reason), MessageDialog.ERROR, 0,
				Messages.Startup_openPreferences, Messages.Startup_exit);
		if (dialog.open() == 0) {
			new PreferencesDialog(null).open();
		}
	}

	private static boolean seedDemoCourt(StartupServices services) {
		// no account exists yet to name in the audit log; the CLI's demo names the same actor
		Principal setup = Principal.system("demo");
		try {
			DemoReport report = ModalProgress.run(null, Messages.Startup_seedingTitle,
					monitor -> services.demo().seed(setup, monitor));
			LOG.info("Demo court seeded on an empty database:\n" + String.join("\n", report.lines()));
			return true;
		} catch (InvocationTargetException e) {
			LOG.error("Demo court could not be seeded", e.getCause());
			MessageDialog.openError(null, Messages.Startup_failedTitle,
					NLS.bind(Messages.Startup_seedingFailed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			// cancelled: the database may hold part of the demo; the next start reports what it finds
			LOG.warn("Demo court seeding cancelled");
			return false;
		}
	}
}
