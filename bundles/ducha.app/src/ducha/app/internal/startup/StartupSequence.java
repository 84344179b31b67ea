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
	 * Automated UI tests and benchmarks only: the log-in dialog types this account into itself and logs in (still
	 * authenticated, through the same dialog and wait as a user's log-in).
	 */
	static final String USER_PROPERTY = "ducha.login.user";
	static final String PASSWORD_PROPERTY = "ducha.login.password";

	private static final ILog LOG = ILog.of(StartupSequence.class);

	private List<String> demoAccounts = List.of();

	/** The logged-in user, or empty when the start was cancelled or failed. */
	Optional<Principal> run() {
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
				dialog.close();
			}
		}, dialog, closed));
		Optional<Principal> principal = dialog.open() == Window.OK ? dialog.principal() : Optional.empty();
		closed.set(true);
		if (principal.isPresent()) {
			StartupServices services = pending.join();
			warnAboutDemoAccounts(services.demoAccounts());
			return principal.flatMap(p -> LogIn.ownPassword(services.users(), p));
		}
		if (!pending.isDone()) {
			// the user cancelled while the database was still starting
			pending.cancel(false);
			return Optional.empty();
		}
		StartupServices services;
		try {
			services = pending.join();
		} catch (CancellationException e) {
			return Optional.empty();
		} catch (CompletionException e) {
			LOG.error("Database not usable", e.getCause());
			offerPreferences(e.getCause().getMessage());
			return Optional.empty();
		}
		if (services.hasAccounts()) {
			return Optional.empty(); // the user cancelled the log-in
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
		Optional<Principal> afterDemo = again.open() == Window.OK ? again.principal() : Optional.empty();
		return afterDemo.flatMap(p -> LogIn.ownPassword(services.users(), p));
	}

	/** The log-in dialog; filled and confirmed by itself when the test hook names an account. */
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
			return false;
		}
	}
}
