package ducha.integrity.ui.internal;

import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Shell;

import ducha.core.DuchaException;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;

/**
 * A form that stores what was entered in a background job: OK first checks the fields on the UI thread, then the
 * service stores the record off the UI thread; its validation errors come back into the dialog's message area,
 * and the dialog closes only once the record is stored.
 *
 * @param <T> what storing returns
 */
abstract class SavingDialog<T> extends TitleAreaDialog {

	private static final ILog LOG = ILog.of(SavingDialog.class);

	private final UISynchronize sync;
	private T saved;
	private boolean saving;

	SavingDialog(Shell parent, UISynchronize sync) {
		super(parent);
		this.sync = sync;
	}

	/** Reads the widgets; returns the storing work, or null after showing a problem with setErrorMessage. */
	protected abstract Callable<T> collect();

	/** The stored result once the dialog closed with OK. */
	T saved() {
		return saved;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void okPressed() {
		Callable<T> work = collect();
		if (work == null) {
			return;
		}
		// once the job runs the record may be stored: neither a second OK nor a cancel may pretend otherwise
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
		saving = true;
		setErrorMessage(null);
		setMessage(Messages.Form_saving);
		Job.create(Messages.Form_saveJob, monitor -> {
			try {
				T result = work.call();
				sync.asyncExec(() -> stored(result));
			} catch (LedgerValidationException e) {
				sync.asyncExec(() -> failed(problems(e.ledgerProblems())));
			} catch (ValidationException e) {
				sync.asyncExec(() -> failed(String.join("；", e.problems())));
			} catch (DuchaException e) {
				sync.asyncExec(() -> failed(e.getMessage()));
			} catch (Exception e) {
				LOG.error("A form could not be stored", e);
				sync.asyncExec(() -> failed(e.toString()));
			}
		}).schedule();
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
		setMessage(null);
		setErrorMessage(reason);
		getButton(IDialogConstants.OK_ID).setEnabled(true);
		getButton(IDialogConstants.CANCEL_ID).setEnabled(true);
	}

	/** 标题：必填项为空；施行日期：… — the form has one row, so file and row say nothing. */
	private static String problems(List<LedgerProblem> problems) {
		return String.join("；", problems.stream()
				.map(p -> p.column() == null ? p.reason() : p.column() + "：" + p.reason()).toList());
	}
}
