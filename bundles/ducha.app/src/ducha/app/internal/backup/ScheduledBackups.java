package ducha.app.internal.backup;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import ducha.app.internal.OsgiServices;
import ducha.core.DuchaException;
import ducha.persistence.DatabaseService;

/**
 * The scheduled backups of the embedded database ({@code backup.every.hours}, {@code backup.folder},
 * {@code backup.keep} of {@code ducha.properties}): a background job of the workbench that looks every
 * {@link #PERIOD_MS} whether the newest backup is older than the period and then backs up and prunes
 * ({@link DatabaseService#backupIfDue}). The settings are read at each look, so a change needs no restart; a
 * failure is logged and tried again at the next look.
 */
public final class ScheduledBackups extends Job {

	/** How often the job looks: the schedule's granularity is hours. */
	static final long PERIOD_MS = 30 * 60 * 1000L;
	/** The first look waits until the workbench has started and the user is at work. */
	static final long FIRST_DELAY_MS = 5 * 60 * 1000L;

	private static final ILog LOG = ILog.of(ScheduledBackups.class);

	private volatile boolean stopped;

	public ScheduledBackups() {
		super(Messages.Backup_job);
		setSystem(true);
		setPriority(DECORATE); // behind the user's own jobs
	}

	public void start() {
		schedule(FIRST_DELAY_MS);
	}

	public void stop() {
		stopped = true;
		cancel();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (stopped || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			Optional<DatabaseService> database = OsgiServices.find(DatabaseService.class);
			if (database.isPresent() && database.get().failure().isEmpty()) {
				Optional<Path> written = database.get().backupIfDue();
				written.ifPresent(folder -> LOG.info("Scheduled backup written to " + folder));
			}
		} catch (DuchaException e) {
			LOG.error(e.getMessage(), e);
		} finally {
			if (!stopped) {
				schedule(PERIOD_MS);
			}
		}
		return Status.OK_STATUS;
	}
}
