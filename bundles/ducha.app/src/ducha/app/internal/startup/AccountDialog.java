package ducha.app.internal.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.core.DuchaException;
import ducha.core.security.Principal;

/**
 * The account fields of the start-up dialogs (log-in, first administrator): a user name and a password, checked by
 * the user service in a background job while the fields are locked; the dialog closes with the account, or stays
 * open with the reason. The workbench is not up yet, so results come back through the dialog's display.
 */
abstract class AccountDialog extends TitleAreaDialog {

	private static final ILog LOG = ILog.of(AccountDialog.class);

	/** The texts of one dialog. */
	record Texts(String shellTitle, String title, String username, String password, String button, String job) {
	}

	private final Texts texts;
	private final List<Text> fields = new ArrayList<>();
	private Text username;
	private Text password;
	private Principal principal;
	private String[] autoFill;
	private Runnable whenShown = () -> {
	};

	AccountDialog(Shell parent, Texts texts) {
		super(parent);
		this.texts = texts;
	}

	/** The account after OK. */
	Optional<Principal> principal() {
		return Optional.ofNullable(principal);
	}

	/** The line under the title while the dialog waits for input. */
	abstract void showMessage();

	/** Fields after the password; none by default. */
	void moreFields(Composite form) {
	}

	/** The account the dialog is for, shown and not editable; null to let the user type it. */
	String fixedUsername() {
		return null;
	}

	/** What is wrong with the input before the service is asked, or null. */
	String problem() {
		return null;
	}

	/** Asks the service (in a job): the account, or empty when the service said no without a reason. */
	abstract Optional<Principal> account(String name, char[] secret);

	/** The service said no without a reason (empty account). */
	void refused(Text passwordField) {
	}

	/** The line under the title while the service is asked. */
	String busyMessage() {
		return Messages.Login_checking;
	}

	/** Whether the fields are locked while the service is asked. */
	boolean busy() {
		Button ok = getButton(IDialogConstants.OK_ID);
		return ok != null && !ok.isDisposed() && !ok.isEnabled();
	}

	/**
	 * Automated tests and benchmarks only: once the dialog is on screen, types the account into it and presses the
	 * button, as a user would.
	 */
	void fillWhenShown(String name, String secret) {
		this.autoFill = new String[] {name, secret};
	}

	/** What starts once the dialog is on screen (and not before, so that it does not delay the dialog). */
	void whenShown(Runnable action) {
		this.whenShown = action;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(texts.shellTitle());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(texts.title());
		showMessage();
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(form);
		// named for UI tests, which log in again after 注销 / 切换用户 through this very dialog
		username = Forms.named(field(form, texts.username(), SWT.BORDER), "account.username");
		password = Forms.named(field(form, texts.password(), SWT.BORDER | SWT.PASSWORD), "account.password");
		moreFields(form);
		String fixed = fixedUsername();
		if (fixed != null) {
			username.setText(fixed);
			username.setEditable(false);
			password.setFocus();
		} else {
			username.setFocus();
		}
		// runs once the shell is open and the dialog's event loop dispatches: the dialog is on screen
		parent.getDisplay().asyncExec(this::shown);
		return area;
	}

	private void shown() {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		StartTimes.mark("login-dialog");
		whenShown.run();
		if (autoFill != null) {
			username.setText(autoFill[0]);
			password.setText(autoFill[1]);
			autoFill = null;
			okPressed();
		}
	}

	/** A labelled text; locked with the others while the service is asked. */
	Text field(Composite form, String label, int style) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
		fields.add(text);
		return text;
	}

	String password() {
		return password.getText();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, texts.button(), true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String name = username.getText().strip();
		String problem = name.isEmpty() ? Messages.Login_usernameMissing : problem();
		if (problem != null) {
			setErrorMessage(problem);
			return;
		}
		char[] secret = password.getText().toCharArray();
		setBusy(true);
		Job.create(texts.job(), monitor -> {
			try {
				Optional<Principal> result = account(name, secret);
				onDialog(() -> finish(result));
			} catch (DuchaException e) {
				// a short password, a bad name, a locked account: the message says which
				onDialog(() -> fail(e.getMessage()));
			} catch (RuntimeException e) {
				LOG.error(texts.job() + ": " + name, e);
				onDialog(() -> fail(e.getMessage()));
			} finally {
				Arrays.fill(secret, '\0');
			}
		}).schedule();
	}

	private void onDialog(Runnable update) {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (getShell() != null && !getShell().isDisposed()) {
					update.run();
				}
			});
		}
	}

	private void finish(Optional<Principal> result) {
		setBusy(false);
		if (result.isPresent()) {
			principal = result.get();
			super.okPressed();
		} else {
			refused(password);
		}
	}

	private void fail(String reason) {
		setBusy(false);
		setErrorMessage(reason);
	}

	private void setBusy(boolean busy) {
		getButton(IDialogConstants.OK_ID).setEnabled(!busy);
		fields.forEach(field -> field.setEnabled(!busy));
		if (busy) {
			setErrorMessage(null);
			setMessage(busyMessage());
		} else {
			showMessage();
		}
	}
}
