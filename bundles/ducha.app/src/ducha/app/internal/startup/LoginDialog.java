package ducha.app.internal.startup;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * Asks for user name and password and authenticates in a background job; a wrong password keeps the dialog
 * open with the reason. While demo accounts with the published password exist, the dialog says so.
 */
final class LoginDialog extends AccountDialog {

	private final UserService users;
	private final List<String> demoAccounts;

	LoginDialog(Shell parent, UserService users, List<String> demoAccounts) {
		super(parent, new Texts(Messages.Login_shellTitle, Messages.Login_title, Messages.Login_username,
				Messages.Login_password, Messages.Login_button, Messages.Login_job));
		this.users = users;
		this.demoAccounts = List.copyOf(demoAccounts);
	}

	@Override
	Optional<Principal> account(String name, char[] secret) {
		return users.authenticate(name, secret);
	}

	@Override
	void refused(Text password) {
		setErrorMessage(Messages.Login_wrongPassword);
		password.selectAll();
		password.setFocus();
	}

	@Override
	void showMessage() {
		if (demoAccounts.isEmpty()) {
			setMessage(Messages.Login_message);
		} else {
			setMessage(NLS.bind(Messages.Login_demoAccounts, String.join(", ", demoAccounts)),
					IMessageProvider.WARNING);
		}
	}
}
