package ducha.cases.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.app.ui.ProblemsDialog;
import ducha.app.ui.ProgressBarMonitor;
import ducha.app.ui.SheetDialog;
import ducha.cases.CaseRegister;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerNotice;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.ledger.SheetNotChosenException;
import ducha.core.security.Principal;

/**
 * 导入: imports a case list chosen by the user as an Eclipse job, with its progress and a 取消 button in the
 * register's tool row. Bad rows are listed in a dialog as file:row:column; a cancelled or refused import stores
 * nothing (the register imports all rows or none). A workbook with several sheets, none of them named 案件登记, is
 * imported from the sheet the user then chooses; the rows the reader skipped (title, 合计) are counted in the outcome
 * and listed in its tooltip.
 */
public final class ImportControl {

	private final CaseRegister register;
	private final Principal principal;
	private final Background background;
	private final Runnable imported;
	private final Button start;
	private final ProgressBar bar;
	private final Button cancel;
	private final Label outcome;
	private Job job;

	/**
	 * An import stored (result), refused row by row (rejected, nothing stored), or waiting for the user to choose
	 * one of the workbook's sheets (nothing read).
	 */
	private record Outcome(Path file, LedgerImportResult result, List<LedgerProblem> rejected, List<String> sheets) {
	}

	ImportControl(Composite parent, CaseRegister register, Principal principal, Background background, Runnable imported) {
		this.register = register;
		this.principal = principal;
		this.imported = imported;
		this.background = background;
		Composite row = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
		start = Forms.button(row, "register.import", Messages.Import_button);
		start.addListener(SWT.Selection, e -> choose());
		bar = Forms.named(new ProgressBar(row, SWT.HORIZONTAL | SWT.SMOOTH), "register.importProgress");
		bar.setMaximum(ProgressBarMonitor.SCALE);
		GridDataFactory.swtDefaults().hint(200, SWT.DEFAULT).applyTo(bar);
		cancel = Forms.button(row, "register.importCancel", Messages.Import_cancel);
		GridDataFactory.swtDefaults().applyTo(cancel);
		cancel.addListener(SWT.Selection, e -> {
			if (job != null) {
				job.cancel();
			}
		});
		outcome = Forms.status(row, "register.importOutcome", 1);
		running(false);
	}

	/** Shows the bar and 取消 only while an import runs; otherwise they take no room in the row. */
	private void running(boolean busy) {
		start.setEnabled(!busy);
		for (Control control : new Control[] { bar, cancel }) {
			control.setVisible(busy);
			((GridData) control.getLayoutData()).exclude = !busy;
		}
		bar.setSelection(0);
		start.getParent().layout(true);
	}

	private void choose() {
		FileDialog dialog = new FileDialog(start.getShell(), SWT.OPEN);
		dialog.setText(Messages.Import_title);
		dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
		String chosen = FileDialogs.open(dialog);
		if (chosen != null) {
			run(Path.of(chosen));
		}
	}

	/** Starts the import of the file (also used by tests, which cannot drive the native file dialog). */
	public void run(Path file) {
		run(file, null);
	}

	/** Starts the import of the file's sheet (null: the sheet named as the register, or the only one). */
	private void run(Path file, String sheet) {
		running(true);
		setOutcome(NLS.bind(Messages.Import_running, file.getFileName()));
		job = background.runWithProgress(NLS.bind(Messages.Import_job, file.getFileName()), monitor -> {
			try {
				return new Outcome(file, register.importFile(file, sheet, principal,
						new ProgressBarMonitor(monitor, bar, background)), List.of(), List.of());
			} catch (SheetNotChosenException e) {
				return new Outcome(file, null, e.ledgerProblems(), e.sheets());
			} catch (LedgerValidationException e) {
				return new Outcome(file, null, e.ledgerProblems(), List.of());
			}
		}, outcome -> finish(() -> show(outcome)),
				reason -> finish(() -> setOutcome(NLS.bind(Messages.Cases_refused, reason))),
				() -> finish(() -> setOutcome(Messages.Import_cancelled)));
	}

	private void show(Outcome imported) {
		if (!imported.sheets().isEmpty()) {
			setOutcome("");
			String sheet = SheetDialog.choose(start.getShell(), imported.file().getFileName().toString(),
					imported.sheets());
			if (sheet != null) {
				run(imported.file(), sheet);
			}
			return;
		}
		if (imported.result() == null) {
			setOutcome(NLS.bind(Messages.Import_rejected, imported.rejected().size()));
			new ProblemsDialog(start.getShell(), imported.rejected()).open();
			return;
		}
		LedgerImportResult result = imported.result();
		String done = NLS.bind(Messages.Import_done,
				new Object[] { result.rows(), result.inserted(), result.updated(), result.fileName() });
		setOutcome(result.notices().isEmpty() ? done : done + NLS.bind(Messages.Import_skipped, result.notices().size()));
		outcome.setToolTipText(result.notices().stream().map(LedgerNotice::toString).collect(Collectors.joining("\n")));
		this.imported.run();
	}

	private void finish(Runnable show) {
		if (!start.isDisposed()) {
			running(false);
			show.run();
		}
	}

	private void setOutcome(String text) {
		outcome.setText(text);
		outcome.getParent().layout(true);
	}

	/** Whether an import is running, for tests. */
	public boolean busy() {
		return !start.isDisposed() && !start.getEnabled();
	}
}
