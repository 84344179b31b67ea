package ducha.app.internal.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * Asks for user name and password and authenticates in a background job; a wrong password keeps the dialog
 * open with the reason. While demo accounts with the published password exist, the dialog says so, and so it says
 * when ducha.properties lets other users of the computer read the database password.
 */
final class LoginDialog extends AccountDialog {

	private final CompletableFuture<UserService> users;
	private List<String> demoAccounts;
	private final Optional<String> settingsWarning;
	private volatile boolean passwordChangeRequired;

	/**
	 * @param users           the user service, or its future while the database still starts behind the dialog
	 *                        (the log-in then waits for it, the fields locked); a future that fails or is cancelled
	 *                        refuses the log-in, and whoever made it closes the dialog
	 * @param settingsWarning {@link ducha.persistence.SettingsFile#passwordWarning()} of this start
	 */
	LoginDialog(Shell parent, CompletableFuture<UserService> users, List<String> demoAccounts,
			Optional<String> settingsWarning) {
		super(parent, new Texts(Messages.Login_shellTitle, Messages.Login_title, Messages.Login_username,
				Messages.Login_password, Messages.Login_button, Messages.Login_job));
		this.users = users;
		this.demoAccounts = List.copyOf(demoAccounts);
		this.settingsWarning = settingsWarning;
	}

	/** The demo accounts, once the database behind the dialog tells them; shown unless a log-in is being checked. */
	void showDemoAccounts(List<String> accounts) {
		demoAccounts = List.copyOf(accounts);
		if (getShell() != null && !getShell().isDisposed() && !busy()) {
			showMessage();
		}
	}

	@Override
	String busyMessage() {
		return users.isDone() ? Messages.Login_checking : Messages.Startup_connecting;
	}

	@Override
	Optional<Principal> account(String name, char[] secret) {
		UserService service;
		try {
			service = users.get();
		} catch (ExecutionException | java.util.concurrent.CancellationException e) {
			// the database failed or the start was given up: the start-up sequence closes the dialog and says why
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		Optional<Principal> principal = service.authenticate(name, secret);
		if (principal.isPresent()) {
			passwordChangeRequired = service.passwordChangeRequired(principal.get().username());
		}
		return principal;
	}

	/** After OK: whether an administrator set the password, which its owner must replace now (asked by the log-in). */
	boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	@Override
	void refused(Text password) {
		setErrorMessage(Messages.Login_wrongPassword);
		password.selectAll();
		password.setFocus();
	}

	@Override
	void showMessage() {
		List<String> warnings = new ArrayList<>();
		if (!demoAccounts.isEmpty()) {
			warnings.add(NLS.bind(Messages.Login_demoAccounts, String.join(", ", demoAccounts)));
		}
		settingsWarning.ifPresent(warnings::add);
		if (warnings.isEmpty()) {
			setMessage(Messages.Login_message);
		} else {
			setMessage(String.join("\n", warnings), IMessageProvider.WARNING);
		}
	}
}
