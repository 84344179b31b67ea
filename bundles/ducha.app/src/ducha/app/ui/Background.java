package ducha.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;

import ducha.core.DuchaException;
import jakarta.inject.Inject;

/**
 * Runs service calls as Eclipse Jobs and hands their result, or the reason they failed in words a user can act on,
 * back to the UI thread: the UI thread never waits on a service or the database. Refusals of the services
 * ({@link DuchaException}: validation, not found, access denied) are expected and not logged; anything else is a
 * bug and logged with its stack. Parts get one by injection; what they build (forms, tables) is handed theirs.
 */
@Creatable
public final class Background {

	/** Long work that reports progress on the monitor and stops with {@link OperationCanceledException}. */
	@FunctionalInterface
	public interface Work<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	private static final ILog LOG = ILog.of(Background.class);

	private final UISynchronize sync;

	@Inject
	public Background(UISynchronize sync) {
		this.sync = sync;
	}

	/** Runs the call in a system job; {@code done} or {@code failed} runs on the UI thread afterwards. */
	public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<String> failed) {
		Job.create(name, monitor -> {
			try {
				T result = work.call();
				sync.asyncExec(() -> done.accept(result));
			} catch (Exception e) {
				String reason = reason(name, e);
				sync.asyncExec(() -> failed.accept(reason));
			}
		}).schedule();
	}

	/**
	 * Runs long work as a user job (shown in the progress views, cancellable there or through the returned job's
	 * {@link Job#cancel()}). Cancelling ends in {@code cancelled}, not in {@code failed}.
	 */
	public <T> Job runWithProgress(String name, Work<T> work, Consumer<T> done, Consumer<String> failed,
			Runnable cancelled) {
		Job job = Job.create(name, monitor -> {
			try {
				// what the work returned is done (stored, written), even if a cancel came too late to stop it
				T result = work.run(monitor);
				sync.asyncExec(() -> done.accept(result));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				sync.asyncExec(cancelled);
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				String reason = reason(name, e);
				sync.asyncExec(() -> failed.accept(reason));
				return Status.OK_STATUS;
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Runs an update of the view on the UI thread, later: for progress reported from a job. */
	void later(Runnable update) {
		sync.asyncExec(update);
	}

	/** What the user is told: the service's own words for a refusal; anything else is logged first. */
	static String reason(String job, Exception e) {
		if (e instanceof DuchaException || e instanceof IllegalArgumentException) {
			return e.getMessage();
		}
		LOG.error(job, e);
		return String.valueOf(e);
	}

	/** A failure handler that shows the refusal in an error dialog over the control's window. */
	public static Consumer<String> errorDialog(Control owner, String title) {
		return message -> {
			if (!owner.isDisposed()) {
				MessageDialog.openError(owner.getShell(), title, message);
			}
		};
	}
}
