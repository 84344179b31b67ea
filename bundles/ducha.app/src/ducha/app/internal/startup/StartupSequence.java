package ducha.app.internal.startup;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;

import ducha.app.internal.dialogs.PreferencesDialog;
import ducha.app.ui.ModalProgress;
import ducha.core.demo.DemoReport;
import ducha.core.security.Principal;

/**
 * What happens before the main window opens: wait for the database; on a database without any account create the
 * court's first administrator (or, only when asked with {@code -Dducha.demo=true}, seed the demo court); then log
 * in. A database whose demo accounts can still log in says so in the log and the log-in dialog. Each step runs in
 * the background behind a small progress dialog; a failure is shown to the user and ends the start.
 */
final class StartupSequence {

	/** Automated UI tests only: log in as this user without the dialog (still authenticated). */
	static final String USER_PROPERTY = "ducha.login.user";
	static final String PASSWORD_PROPERTY = "ducha.login.password";

	private static final ILog LOG = ILog.of(StartupSequence.class);

	private List<String> demoAccounts = List.of();

	/** The logged-in user, or empty when the start was cancelled or failed. */
	Optional<Principal> run() {
		StartupServices services;
		try {
			services = ModalProgress.run(null, Messages.Startup_connectingTitle, StartupServices::await);
		} catch (InvocationTargetException e) {
			LOG.error("Database not usable", e.getCause());
			offerPreferences(e.getCause().getMessage());
			return Optional.empty();
		} catch (InterruptedException e) {
			// the user cancelled the wait
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
		demoAccounts = services.users().demoAccounts();
		if (!demoAccounts.isEmpty()) {
			LOG.warn("The database holds demo accounts with the published password: " + String.join(", ", demoAccounts));
		}
		return logIn(services, demoAccounts);
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

	private static Optional<Principal> logIn(StartupServices services, List<String> demoAccounts) {
		String user = System.getProperty(USER_PROPERTY);
		if (user != null && !user.isBlank()) {
			return logInNonInteractively(services, user).flatMap(p -> LogIn.ownPassword(services.users(), p));
		}
		return LogIn.interactive(services.users(), demoAccounts);
	}

	private static Optional<Principal> logInNonInteractively(StartupServices services, String user) {
		char[] password = System.getProperty(PASSWORD_PROPERTY, "").toCharArray();
		try {
			Optional<Principal> principal = ModalProgress.run(null, Messages.Login_job,
					monitor -> services.users().authenticate(user, password));
			if (principal.isEmpty()) {
				LOG.error("Log-in from -D" + USER_PROPERTY + " failed: wrong user name or password for " + user);
			}
			return principal;
		} catch (InvocationTargetException e) {
			LOG.error("Log-in from -D" + USER_PROPERTY + " failed", e.getCause());
			return Optional.empty();
		} catch (InterruptedException e) {
			return Optional.empty();
		}
	}
}
