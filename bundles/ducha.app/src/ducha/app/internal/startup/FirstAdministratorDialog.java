package ducha.app.internal.startup;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.DuchaException;
import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * The first start on a database without any account: the court's first administrator chooses a name and a
 * password (typed twice), nothing else. The account is created in a background job by the user service, which
 * refuses once any account exists; the workbench then opens logged in as it.
 */
final class FirstAdministratorDialog extends TitleAreaDialog {

	private static final ILog LOG = ILog.of(FirstAdministratorDialog.class);

	private final UserService users;
	private Text username;
	private Text password;
	private Text repeated;
	private Principal principal;

	FirstAdministratorDialog(Shell parent, UserService users) {
		super(parent);
		this.users = users;
	}

	/** The new administrator after OK. */
	Optional<Principal> principal() {
		return Optional.ofNullable(principal);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.FirstAdmin_shellTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.FirstAdmin_title);
		setMessage(Messages.FirstAdmin_message);
		Composite fields = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
		username = field(fields, Messages.FirstAdmin_username, SWT.BORDER);
		password = field(fields, Messages.FirstAdmin_password, SWT.BORDER | SWT.PASSWORD);
		repeated = field(fields, Messages.FirstAdmin_repeat, SWT.BORDER | SWT.PASSWORD);
		username.setFocus();
		return area;
	}

	private static Text field(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.FirstAdmin_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String name = username.getText().strip();
		if (name.isEmpty()) {
			setErrorMessage(Messages.Login_usernameMissing);
			return;
		}
		if (!password.getText().equals(repeated.getText())) {
			setErrorMessage(Messages.FirstAdmin_passwordsDiffer);
			repeated.selectAll();
			repeated.setFocus();
			return;
		}
		char[] secret = password.getText().toCharArray();
		setBusy(true);
		Job.create(Messages.FirstAdmin_job, monitor -> {
			try {
				Principal created = users.createFirstAdministrator(name, null, secret);
				asyncOnDialog(() -> finish(created));
			} catch (DuchaException e) {
				// a short password, a bad name, or another desktop set the court up meanwhile: the message says which
				asyncOnDialog(() -> fail(e.getMessage()));
			} catch (RuntimeException e) {
				LOG.error("The first administrator " + name + " could not be created", e);
				asyncOnDialog(() -> fail(e.getMessage()));
			} finally {
				Arrays.fill(secret, '\0');
			}
		}).schedule();
	}

	private void asyncOnDialog(Runnable update) {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (getShell() != null && !getShell().isDisposed()) {
					update.run();
				}
			});
		}
	}

	private void finish(Principal created) {
		principal = created;
		LOG.info("First administrator " + created.username() + " created on an empty database");
		super.okPressed();
	}

	private void fail(String reason) {
		setBusy(false);
		setErrorMessage(reason);
	}

	private void setBusy(boolean busy) {
		getButton(IDialogConstants.OK_ID).setEnabled(!busy);
		username.setEnabled(!busy);
		password.setEnabled(!busy);
		repeated.setEnabled(!busy);
		if (busy) {
			setErrorMessage(null);
		}
	}
}
