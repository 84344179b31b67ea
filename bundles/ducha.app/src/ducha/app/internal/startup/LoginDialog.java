package ducha.app.internal.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * Asks for user name and password and authenticates in a background job; a wrong password keeps the dialog
 * open with the reason. While demo accounts with the published password exist, the dialog says so, and so it says
 * when ducha.properties lets other users of the computer read the database password: in full, below the fields (the
 * title area's message has room for two lines only, and cut the demo-account warning short), the dialog growing to
 * show it when the database tells the demo accounts after the dialog opened.
 */
final class LoginDialog extends AccountDialog {

	private final CompletableFuture<UserService> users;
	private List<String> demoAccounts;
	private final Optional<String> settingsWarning;
	private volatile boolean passwordChangeRequired;
	/** The warnings, wrapped at the dialog's width; hidden while there are none. */
	private Label warning;

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

	/**
	 * Closes the dialog without a log-in: the start gives way to the first administrator, the demo court or the
	 * failure. (A dialog closed from outside keeps the return code a window starts with, OK, which would pass for a
	 * log-in.)
	 */
	void giveWay() {
		setReturnCode(CANCEL);
		close();
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
	void moreFields(Composite form) {
		warning = Forms.named(new Label(form, SWT.WRAP), "login.warning");
		// wrapped at the width of the title area's message, so the dialog grows downwards, not sideways
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 8)
				.hint(convertHorizontalDLUsToPixels(IDialogConstants.MINIMUM_MESSAGE_AREA_WIDTH), SWT.DEFAULT)
				.applyTo(warning);
		showWarnings();
	}

	@Override
	void showMessage() {
		if (warnings().isEmpty()) {
			setMessage(Messages.Login_message);
		} else {
			setMessage(Messages.Login_warningBelow, IMessageProvider.WARNING);
		}
		showWarnings();
	}

	private List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		if (!demoAccounts.isEmpty()) {
			warnings.add(NLS.bind(Messages.Login_demoAccounts, String.join(", ", demoAccounts)));
		}
		settingsWarning.ifPresent(warnings::add);
		return warnings;
	}

	/** The whole text of the warnings below the fields; an open dialog grows until it shows all of it. */
	private void showWarnings() {
		if (warning == null || warning.isDisposed()) {
			return;
		}
		String text = String.join("\n", warnings());
		if (text.equals(warning.getText()) && warning.getVisible() == !text.isEmpty()) {
			return;
		}
		warning.setText(text);
		warning.setVisible(!text.isEmpty());
		((GridData) warning.getLayoutData()).exclude = text.isEmpty();
		Shell shell = getShell();
		if (shell != null && shell.isVisible()) {
			// on screen already (the database told the demo accounts after the dialog opened): re-pack, never shrink
			Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
			Point now = shell.getSize();
			shell.setSize(Math.max(now.x, wanted.x), Math.max(now.y, wanted.y));
			shell.layout(true, true);
		} else {
			warning.getParent().layout(true, true);
		}
	}
}
