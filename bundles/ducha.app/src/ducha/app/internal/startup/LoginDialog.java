package ducha.app.internal.startup;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * Asks for user name and password and authenticates in a background job; a wrong password keeps the dialog
 * open with the reason. While demo accounts with the published password exist, the dialog says so.
 */
final class LoginDialog extends TitleAreaDialog {

	private static final ILog LOG = ILog.of(LoginDialog.class);

	private final UserService users;
	private final List<String> demoAccounts;
	private Text username;
	private Text password;
	private Principal principal;

	LoginDialog(Shell parent, UserService users, List<String> demoAccounts) {
		super(parent);
		this.users = users;
		this.demoAccounts = List.copyOf(demoAccounts);
	}

	/** The authenticated user after OK. */
	Optional<Principal> principal() {
		return Optional.ofNullable(principal);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Login_shellTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Login_title);
		showMessage();
		Composite fields = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
		new Label(fields, SWT.NONE).setText(Messages.Login_username);
		username = new Text(fields, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(username);
		new Label(fields, SWT.NONE).setText(Messages.Login_password);
		password = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		username.setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Login_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String name = username.getText().strip();
		if (name.isEmpty()) {
			setErrorMessage(Messages.Login_usernameMissing);
			return;
		}
		char[] secret = password.getText().toCharArray();
		setBusy(true);
		Job.create(Messages.Login_job, monitor -> {
			Optional<Principal> result;
			try {
				result = users.authenticate(name, secret);
			} catch (RuntimeException e) {
				LOG.error("Log-in of " + name + " failed", e);
				showFailure(e.getMessage());
				return;
			} finally {
				Arrays.fill(secret, '\0');
			}
			getShell().getDisplay().asyncExec(() -> finish(result));
		}).schedule();
	}

	private void finish(Optional<Principal> result) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		setBusy(false);
		if (result.isPresent()) {
			principal = result.get();
			super.okPressed();
		} else {
			setErrorMessage(Messages.Login_wrongPassword);
			password.selectAll();
			password.setFocus();
		}
	}

	private void showFailure(String reason) {
		getShell().getDisplay().asyncExec(() -> {
			if (getShell() != null && !getShell().isDisposed()) {
				setBusy(false);
				setErrorMessage(reason);
			}
		});
	}

	private void setBusy(boolean busy) {
		getButton(IDialogConstants.OK_ID).setEnabled(!busy);
		username.setEnabled(!busy);
		password.setEnabled(!busy);
		if (busy) {
			setErrorMessage(null);
			setMessage(Messages.Login_checking);
		} else {
			showMessage();
		}
	}

	private void showMessage() {
		if (demoAccounts.isEmpty()) {
			setMessage(Messages.Login_message);
		} else {
			setMessage(NLS.bind(Messages.Login_demoAccounts, String.join(", ", demoAccounts)),
					IMessageProvider.WARNING);
		}
	}
}
