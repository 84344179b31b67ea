package ducha.app.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs work as an Eclipse {@link Job} while a small modal progress dialog shows its progress; the UI thread
 * keeps dispatching events and never waits on the database itself. For work the user cannot go on without (the
 * start-up: database, demo court, log-in); everything else runs in the {@link Background}.
 */
public final class ModalProgress {

	/** The work; may throw a {@link ducha.core.DuchaException} that the caller shows. */
	@FunctionalInterface
	public interface Work<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	private ModalProgress() {
	}

	/**
	 * @throws InvocationTargetException wrapping what the work threw
	 * @throws InterruptedException       when the user cancelled
	 */
	public static <T> T run(Shell parent, String title, Work<T> work)
			throws InvocationTargetException, InterruptedException {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		ProgressMonitorDialog dialog = new ProgressMonitorDialog(parent);
		dialog.run(true, true, dialogMonitor -> {
			Job job = Job.create(title, jobMonitor -> {
				try {
					result.set(work.run(new JointMonitor(dialogMonitor, jobMonitor)));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (Exception e) {
					// reported to the user by the caller, not as an unexpected job failure
					failure.set(e);
					return Status.OK_STATUS;
				}
			});
			job.schedule();
			try {
				job.join(0, dialogMonitor);
			} catch (OperationCanceledException e) {
				job.cancel();
				throw new InterruptedException();
			}
			if (job.getResult() != null && job.getResult().getSeverity() == IStatus.CANCEL) {
				throw new InterruptedException();
			}
		});
		if (failure.get() != null) {
			throw new InvocationTargetException(failure.get());
		}
		return result.get();
	}

	/** The dialog's monitor, cancelled also when the job is cancelled. */
	private static final class JointMonitor extends ProgressMonitorWrapper {

		private final IProgressMonitor jobMonitor;

		JointMonitor(IProgressMonitor dialogMonitor, IProgressMonitor jobMonitor) {
			super(dialogMonitor);
			this.jobMonitor = jobMonitor;
		}

		@Override
		public boolean isCanceled() {
			return super.isCanceled() || jobMonitor.isCanceled();
		}
	}
}
