package ducha.cases.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import ducha.cases.CaseRegister;
import ducha.core.DuchaException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.Principal;

/**
 * 导入: imports a case list chosen by the user as an Eclipse job, with its progress and a 取消 button in the
 * register's tool row. Bad rows are listed in a dialog as file:row:column; a cancelled or refused import stores
 * nothing (the register imports all rows or none).
 */
public final class ImportControl {

	private static final ILog LOG = ILog.of(ImportControl.class);
	private static final int BAR_SCALE = 1000;
	private static final long UPDATE_NANOS = 200_000_000L;

	private final CaseRegister register;
	private final Principal principal;
	private final UISynchronize sync;
	private final Runnable imported;
	private final Button start;
	private final ProgressBar bar;
	private final Button cancel;
	private final Label outcome;
	private Job job;

	ImportControl(Composite parent, CaseRegister register, Principal principal, UISynchronize sync, Runnable imported) {
		this.register = register;
		this.principal = principal;
		this.sync = sync;
		this.imported = imported;
		Composite row = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
		start = Forms.button(row, "register.import", Messages.Import_button);
		start.addListener(SWT.Selection, e -> choose());
		bar = Forms.named(new ProgressBar(row, SWT.HORIZONTAL | SWT.SMOOTH), "register.importProgress");
		bar.setMaximum(BAR_SCALE);
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
		String chosen = dialog.open();
		if (chosen != null) {
			run(Path.of(chosen));
		}
	}

	/** Starts the import of the file (also used by tests, which cannot drive the native file dialog). */
	public void run(Path file) {
		running(true);
		setOutcome(NLS.bind(Messages.Import_running, file.getFileName()));
		job = Job.create(NLS.bind(Messages.Import_job, file.getFileName()), monitor -> {
			try {
				LedgerImportResult result = register.importFile(file, principal, new BarMonitor(monitor));
				finish(() -> {
					setOutcome(NLS.bind(Messages.Import_done, new Object[] { result.rows(), result.inserted(),
							result.updated(), result.fileName() }));
					imported.run();
				});
			} catch (OperationCanceledException e) {
				finish(() -> setOutcome(Messages.Import_cancelled));
				return Status.CANCEL_STATUS;
			} catch (LedgerValidationException e) {
				finish(() -> {
					setOutcome(NLS.bind(Messages.Import_rejected, e.ledgerProblems().size()));
					new ProblemsDialog(start.getShell(), e.ledgerProblems()).open();
				});
			} catch (DuchaException e) {
				finish(() -> setOutcome(NLS.bind(Messages.Cases_refused, e.getMessage())));
			} catch (RuntimeException e) {
				LOG.error("Import of " + file + " failed", e);
				finish(() -> setOutcome(NLS.bind(Messages.Cases_refused, e.toString())));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	private void finish(Runnable show) {
		sync.asyncExec(() -> {
			if (!start.isDisposed()) {
				running(false);
				show.run();
			}
		});
	}

	private void setOutcome(String text) {
		outcome.setText(text);
		outcome.getParent().layout(true);
	}

	/** Whether an import is running, for tests. */
	public boolean busy() {
		return !start.isDisposed() && !start.getEnabled();
	}

	/** Passes the job's progress on to the bar, at most five times a second. */
	private final class BarMonitor extends ProgressMonitorWrapper {

		private double total = 1;
		private double done;
		private long shown;

		BarMonitor(IProgressMonitor monitor) {
			super(monitor);
		}

		@Override
		public void beginTask(String name, int totalWork) {
			super.beginTask(name, totalWork);
			total = totalWork > 0 ? totalWork : 1;
		}

		@Override
		public void worked(int work) {
			super.worked(work);
			advance(work);
		}

		@Override
		public void internalWorked(double work) {
			super.internalWorked(work);
			advance(work);
		}

		private void advance(double work) {
			done += work;
			long now = System.nanoTime();
			if (now - shown > UPDATE_NANOS) {
				shown = now;
				int selection = (int) Math.min(BAR_SCALE, done * BAR_SCALE / total);
				sync.asyncExec(() -> {
					if (!bar.isDisposed()) {
						bar.setSelection(selection);
					}
				});
			}
		}
	}
}
