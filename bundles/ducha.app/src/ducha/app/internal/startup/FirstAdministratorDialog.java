package ducha.app.internal.startup;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Shell;

import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * The first start on a database without any account: the court's first administrator chooses a name and a
 * password (typed twice), nothing else. The account is created in a background job by the user service, which
 * refuses once any account exists; the workbench then opens logged in as it.
 */
final class FirstAdministratorDialog extends NewPasswordDialog {

	private static final ILog LOG = ILog.of(FirstAdministratorDialog.class);

	private final UserService users;

	FirstAdministratorDialog(Shell parent, UserService users) {
		super(parent, new Texts(Messages.FirstAdmin_shellTitle, Messages.FirstAdmin_title,
				Messages.FirstAdmin_username, Messages.FirstAdmin_password, Messages.FirstAdmin_button,
				Messages.FirstAdmin_job));
		this.users = users;
	}

	@Override
	Optional<Principal> account(String name, char[] secret) {
		Principal created = users.createFirstAdministrator(name, null, secret);
		LOG.info("First administrator " + created.username() + " created on an empty database");
		return Optional.of(created);
	}

	@Override
	void showMessage() {
		setMessage(Messages.FirstAdmin_message);
	}
}
