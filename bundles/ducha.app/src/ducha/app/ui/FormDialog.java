package ducha.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import ducha.core.ConcurrentChangeException;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;

/**
 * A modal form that stores what was entered in the background. Every edit checks the fields on the UI thread: while
 * {@link #problems()} names one, OK is disabled and the first problem is shown in the dialog's message area. OK
 * then runs the work of {@link #save()} as a job; the service's own refusals come back into the message area, and
 * the dialog closes only once the work succeeded (its result is {@link #saved()}).
 *
 * @param <T> what saving returns
 */
public abstract class FormDialog<T> extends TitleAreaDialog {

	/** The id of the reload button, shown only after a save was refused because the record changed. */
	public static final int RELOAD_ID = IDialogConstants.CLIENT_ID + 1;

	private final Background background;
	private final String title;
	private final String heading;
	private final String message;
	private T saved;
	private boolean saving;
	/** Set by the save job when the record changed meanwhile: the failure then offers to reload. */
	private volatile boolean overtaken;
	private Button reloadButton;
	/** Asked on OK before anything is stored, for a step that cannot be undone; null: none. */
	private String confirmation;
	private String confirmAction;

	/** A form whose window title is also its heading, without a line under it. */
	protected FormDialog(Shell parent, Background background, String title) {
		this(parent, background, title, title, null);
	}

	/**
	 * @param heading the title inside the dialog
	 * @param message the line under the heading, shown while nothing is wrong
	 */
	protected FormDialog(Shell parent, Background background, String title, String heading, String message) {
		super(parent);
		this.background = background;
		this.title = title;
		this.heading = heading;
		this.message = message;
	}

	/** Adds the rows of the form (two columns: label, field). */
	protected abstract void fields(Composite form);

	/** What keeps the form from being saved, checked on every edit; empty when it may be saved. */
	protected List<String> problems() {
		return List.of();
	}

	/** Reads the fields on the UI thread and returns the work that stores them, run in a job. */
	protected abstract Callable<T> save();

	/**
	 * A form that edits a stored record returns the work that reads it again (run in a job) and gives back what
	 * fills the fields with it (run on the UI thread, also keeping the record's new version for the next save).
	 * When a save is refused because the record changed after the form was filled
	 * ({@link ConcurrentChangeException}), the dialog offers a reload button that runs it; the default, null, is
	 * a form that only creates records.
	 */
	protected Callable<Runnable> reload() {
		return null;
	}

	/**
	 * Makes OK ask first ({@link Forms#confirm}): for a step that cannot be undone (结案, 批准延期). 取消 in the
	 * question leaves the dialog open with everything typed.
	 *
	 * @param question what will happen, in words
	 * @param action   the step's name on the button that takes it (结案)
	 */
	public void confirmBefore(String question, String action) {
		this.confirmation = question;
		this.confirmAction = action;
	}

	/** The stored result once the dialog closed with OK. */
	public T saved() {
		return saved;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(heading);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, SWT.DEFAULT).applyTo(form);
		fields(form);
		watch(form);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (reload() != null) {
			reloadButton = createButton(parent, RELOAD_ID, Messages.Form_reload, false);
			showReload(false);
		}
		super.createButtonsForButtonBar(parent);
		validate();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == RELOAD_ID) {
			reloadPressed();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private void showReload(boolean shown) {
		GridData data = (GridData) reloadButton.getLayoutData();
		if (data.exclude == shown) {
			// the button bar has a column per button: the hidden button gives its column back
			((GridLayout) reloadButton.getParent().getLayout()).numColumns += shown ? 1 : -1;
		}
		data.exclude = !shown;
		reloadButton.setVisible(shown);
		reloadButton.getParent().layout(true);
	}

	private void reloadPressed() {
		Callable<Runnable> work = reload();
		saving = true;
		reloadButton.setEnabled(false);
		background.run(Messages.Form_reloadJob, work, refill -> {
			saving = false;
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			refill.run();
			reloadButton.setEnabled(true);
			showReload(false);
			validate();
			setMessage(Messages.Form_reloaded);
		}, this::failed);
	}

	/** Re-checks the form after every edit of any of its fields. */
	private void watch(Composite form) {
		for (Control child : form.getChildren()) {
			if (child instanceof Text || child instanceof Combo) {
				child.addListener(SWT.Modify, e -> validate());
			}
			// a Table: ticking a row of a check table is a selection
			if (child instanceof Combo || child instanceof DateField || child instanceof Button || child instanceof Table) {
				child.addListener(SWT.Selection, e -> validate());
			}
			if (child instanceof Composite nested) {
				watch(nested);
			}
		}
	}

	/** Shows the first problem and enables OK only when there is none; returns whether the form may be saved. */
	private boolean validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null || saving) {
			return false;
		}
		List<String> problems = new ArrayList<>(unreadableDates(getShell()));
		if (problems.isEmpty()) {
			// the form's own checks read its days: only once every date field holds one
			problems.addAll(problems());
		}
		setErrorMessage(problems.isEmpty() ? null : problems.get(0));
		setMessage(message);
		boolean mustReload = reloadButton != null && reloadButton.getVisible();
		ok.setEnabled(problems.isEmpty() && !mustReload);
		return problems.isEmpty() && !mustReload;
	}

	/** The problems of the form's date fields whose text is no day: the form is refused before anything else. */
	private static List<String> unreadableDates(Composite composite) {
		List<String> found = new ArrayList<>();
		for (Control child : composite.getChildren()) {
			if (child instanceof DateField date) {
				if (date.problem() != null) {
					found.add(date.problem());
				}
			} else if (child instanceof Composite nested) {
				found.addAll(unreadableDates(nested));
			}
		}
		return found;
	}

	@Override
	protected void okPressed() {
		if (!validate()) {
			return;
		}
		if (confirmation != null && !Forms.confirm(getShell(), confirmation, confirmAction)) {
			return;
		}
		Callable<T> work = save();
		// once the job runs the record may be stored: neither a second OK nor a cancel may pretend otherwise
		saving = true;
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
		setErrorMessage(null);
		setMessage(Messages.Form_saving);
		overtaken = false;
		background.run(Messages.Form_saveJob, () -> {
			try {
				return work.call();
			} catch (ConcurrentChangeException e) {
				overtaken = true;
				throw e;
			} catch (LedgerValidationException e) {
				throw new ValidationException(byField(e.ledgerProblems()));
			} catch (ValidationException e) {
				throw new ValidationException(String.join("；", e.problems()));
			}
		}, this::stored, this::failed);
	}

	@Override
	protected void handleShellCloseEvent() {
		if (!saving) {
			super.handleShellCloseEvent();
		}
	}

	private void stored(T result) {
		saving = false;
		saved = result;
		if (getShell() != null && !getShell().isDisposed()) {
			super.okPressed();
		}
	}

	private void failed(String reason) {
		saving = false;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		setMessage(message);
		setErrorMessage(reason);
		getButton(IDialogConstants.OK_ID).setEnabled(true);
		getButton(IDialogConstants.CANCEL_ID).setEnabled(true);
		if (overtaken && reloadButton != null) {
			// saving again would be refused again: what the user typed stays visible until they choose to reload
			showReload(true);
			getButton(IDialogConstants.OK_ID).setEnabled(false);
		}
	}

	/** 标题：必填项为空；施行日期：… — a form is one row, so file and row say nothing. */
	private static String byField(List<LedgerProblem> problems) {
		return String.join("；", problems.stream()
				.map(p -> p.column() == null ? p.reason() : p.column() + "：" + p.reason()).toList());
	}
}
