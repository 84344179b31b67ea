package ducha.app.internal.startup;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.window.Window;

import ducha.app.ui.ModalProgress;
import ducha.core.security.Principal;
import ducha.core.security.UserService;
import ducha.persistence.SettingsFile;

/**
 * The log-in dialog and what a good log-in still needs before the workbench shows (a password an administrator set
 * is replaced by its owner's): once at start ({@link StartupSequence}) and again at every 注销 / 切换用户.
 */
public final class LogIn {

	private LogIn() {
	}

	/**
	 * After a log-out: the dialog with this database's demo-account warning.
	 *
	 * @return the next account, or empty when the user cancelled
	 */
	public static Optional<Principal> again(UserService users) {
		LoginDialog dialog = new LoginDialog(null, CompletableFuture.completedFuture(users), users.demoAccounts(),
				SettingsFile.passwordWarning());
		return dialog.open() == Window.OK ? ownPassword(users, dialog) : Optional.empty();
	}

	/** The principal, once its owner replaced a password an administrator set; empty when they would not. */
	static Optional<Principal> ownPassword(UserService users, Principal principal) {
		try {
			boolean required = ModalProgress.run(null, Messages.Login_job,
					monitor -> users.passwordChangeRequired(principal.username()));
			if (!required) {
				return Optional.of(principal);
			}
		} catch (InvocationTargetException e) {
			ILog.of(LogIn.class).error("Could not ask whether " + principal.username() + " must change the password",
					e.getCause());
			return Optional.empty();
		} catch (InterruptedException e) {
			return Optional.empty();
		}
		ChangePasswordDialog dialog = new ChangePasswordDialog(null, users, principal);
		return dialog.open() == Window.OK ? dialog.principal() : Optional.empty();
	}

	/**
	 * The log-in dialog's account after OK, once its owner replaced a password an administrator set (the dialog's
	 * job asked already, so no second round trip delays the main window); empty when they would not.
	 */
	static Optional<Principal> ownPassword(UserService users, LoginDialog dialog) {
		Optional<Principal> principal = dialog.principal();
		if (principal.isEmpty() || !dialog.passwordChangeRequired()) {
			return principal;
		}
		ChangePasswordDialog change = new ChangePasswordDialog(null, users, principal.get());
		return change.open() == Window.OK ? change.principal() : Optional.empty();
	}
}
