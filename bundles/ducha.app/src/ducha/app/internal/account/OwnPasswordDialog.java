package ducha.app.internal.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * 文件 → 修改密码: the logged-in user replaces their own password. The current one is asked first, so that nobody
 * at a desk left unlocked can take the account over (a wrong one counts towards the account's lock-out like a
 * failed log-in); the new one is typed twice and checked by the user service's password policy. The account's key
 * pair is sealed again under the new password by the service, so what it may reveal stays readable.
 */
final class OwnPasswordDialog extends FormDialog<Void> {

	private final UserService users;
	private final Principal principal;
	private Text current;
	private Text chosen;
	private Text repeated;

	OwnPasswordDialog(Shell parent, Background background, UserService users, Principal principal) {
		super(parent, background, Messages.OwnPassword_shellTitle, Messages.OwnPassword_title,
				Messages.bind(Messages.OwnPassword_message, principal.username()));
		this.users = users;
		this.principal = principal;
	}

	@Override
	protected void fields(Composite form) {
		current = secret(form, Messages.OwnPassword_current, "account.password.current");
		chosen = secret(form, Messages.OwnPassword_new, "account.password.new");
		repeated = secret(form, Messages.OwnPassword_repeat, "account.password.repeat");
	}

	private static Text secret(Composite form, String label, String name) {
		Forms.label(form, label);
		Text field = Forms.named(new Text(form, SWT.BORDER | SWT.PASSWORD), name);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
		return field;
	}

	@Override
	protected List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (current.getText().isEmpty()) {
			problems.add(Messages.OwnPassword_currentMissing);
		}
		if (chosen.getText().isEmpty()) {
			problems.add(Messages.OwnPassword_newMissing);
		} else if (!chosen.getText().equals(repeated.getText())) {
			problems.add(Messages.OwnPassword_differ);
		}
		return problems;
	}

	@Override
	protected Callable<Void> save() {
		char[] old = current.getText().toCharArray();
		char[] next = chosen.getText().toCharArray();
		String username = principal.username();
		return () -> {
			try {
				if (users.authenticate(username, old).isEmpty()) {
					throw new ValidationException(Messages.OwnPassword_wrongCurrent);
				}
				users.changePassword(username, next, principal);
				return null;
			} finally {
				Arrays.fill(old, '\0');
				Arrays.fill(next, '\0');
			}
		};
	}
}
