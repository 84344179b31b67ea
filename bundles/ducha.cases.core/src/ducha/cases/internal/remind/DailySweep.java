package ducha.cases.internal.remind;

import java.time.Duration;
import java.time.LocalDate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.internal.Messages;
import ducha.cases.SupervisionService;
import ducha.cases.SweepResult;
import ducha.core.DuchaException;
import ducha.core.security.Principal;

/**
 * Keeps supervision orders current while Ducha runs: shortly after start and then every hour, a background job
 * records the reminders that fell due (2/3 of the time, N days before), marks orders overdue and escalates them to
 * the next level ({@link SupervisionService#sweep}). The sweep only adds what is missing, so running it again, or
 * from {@code ducha-cli cases remind --sweep} as well, changes nothing more. {@code -Dducha.cases.sweep=off} turns
 * it off (the tests do: they set their orders' dates themselves and sweep explicitly).
 */
@Component
public class DailySweep {

	static final String SWITCH = "ducha.cases.sweep";
	static final Duration FIRST_DELAY = Duration.ofMinutes(1);
	static final Duration INTERVAL = Duration.ofHours(1);
	private static final Principal SWEEPER = Principal.system("cases.sweep");

	@Reference
	private SupervisionService supervision;

	private Job job;

	@Activate
	void start() {
		if ("off".equals(System.getProperty(SWITCH))) {
			return;
		}
		job = new Job(Messages.sweepJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					SweepResult result = supervision.sweep(LocalDate.now(), SWEEPER);
					if (result.escalations() > 0 || result.newlyOverdue() > 0) {
						ILog.of(DailySweep.class).info("Supervision orders: " + result.newlyOverdue()
								+ " newly overdue, " + result.escalations() + " escalated");
					}
				} catch (DuchaException e) {
					ILog.of(DailySweep.class).warn("Supervision order sweep failed: " + e.getMessage(), e);
				}
				if (!monitor.isCanceled()) {
					schedule(INTERVAL.toMillis());
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule(FIRST_DELAY.toMillis());
	}

	@Deactivate
	void stop() {
		Job stopping = job;
		job = null;
		if (stopping != null) {
			stopping.cancel();
		}
	}
}
