package ducha.app.internal.startup;

import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * After log-in with a password an administrator set (a new account, a reset): its owner chooses their own before
 * the workbench opens. The user service refuses a weak one with the reason, which the dialog shows.
 */
final class ChangePasswordDialog extends NewPasswordDialog {

	private final UserService users;
	private final Principal principal;

	ChangePasswordDialog(Shell parent, UserService users, Principal principal) {
		super(parent, new Texts(Messages.ChangePassword_shellTitle, Messages.ChangePassword_title,
				Messages.Login_username, Messages.ChangePassword_password, Messages.ChangePassword_button,
				Messages.ChangePassword_job));
		this.users = users;
		this.principal = principal;
	}

	@Override
	String fixedUsername() {
		return principal.username();
	}

	@Override
	Optional<Principal> account(String name, char[] secret) {
		users.changePassword(principal.username(), secret, principal);
		return Optional.of(principal);
	}

	@Override
	void showMessage() {
		setMessage(Messages.ChangePassword_message);
	}
}
