package ducha.cases.internal.remind;

import java.time.Duration;
import java.time.LocalDate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.internal.Messages;
import ducha.cases.SupervisionService;
import ducha.cases.SweepResult;
import ducha.core.DuchaException;
import ducha.core.security.Principal;
import ducha.core.sweep.LeaseHolder;
import ducha.core.sweep.SweepLeases;

/**
 * Keeps supervision orders current while Ducha runs: shortly after start and then every hour, a background job
 * records the reminders that fell due (2/3 of the time, N days before), marks orders overdue and escalates them to
 * the next level ({@link SupervisionService#sweep}). The sweep only adds what is missing, so running it again, or
 * from {@code ducha-cli cases remind --sweep} as well, changes nothing more. {@code -Dducha.cases.sweep=off} turns
 * it off (the tests do: they set their orders' dates themselves and sweep explicitly).
 * <p>
 * Every desktop of the court starts this job, but one sweeps: the one holding the lease {@value #LEASE} (see
 * {@link SweepLeases}). It renews the lease at each run, for a little longer than the interval, and gives it up
 * when it stops; the others skip their runs until the lease runs out.
 */
@Component
public class DailySweep {

	static final String SWITCH = "ducha.cases.sweep";
	static final Duration FIRST_DELAY = Duration.ofMinutes(1);
	static final Duration INTERVAL = Duration.ofHours(1);
	/** The lease of the sweep, shared by every desktop. */
	static final String LEASE = "cases.orders";
	/** Renewed every {@link #INTERVAL}: the margin covers a late run and clocks that disagree by minutes. */
	static final Duration LEASE_LENGTH = INTERVAL.plusMinutes(10);
	private static final Principal SWEEPER = Principal.system("cases.sweep");

	/**
	 * Got when the sweep runs, not when the component starts: holding the service would activate it, and with it
	 * the plugin's persistence unit, in every run of {@code ducha-cli}, which turns the sweep off.
	 */
	@Reference
	private ComponentServiceObjects<SupervisionService> supervision;

	@Reference
	private SweepLeases leases;

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
					sweepIfLeased();
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

	/** Sweeps when this desktop holds the lease (or takes it now); otherwise leaves the sweep to its holder. */
	private void sweepIfLeased() {
		if (!leases.take(LEASE, LeaseHolder.thisProcess(), LEASE_LENGTH)) {
			return;
		}
		SupervisionService service = supervision.getService();
		SweepResult result;
		try {
			result = service.sweep(LocalDate.now(), SWEEPER);
		} finally {
			supervision.ungetService(service);
		}
		if (result.escalations() > 0 || result.newlyOverdue() > 0) {
			ILog.of(DailySweep.class).info("Supervision orders: " + result.newlyOverdue()
					+ " newly overdue, " + result.escalations() + " escalated");
		}
	}

	@Deactivate
	void stop() {
		Job stopping = job;
		job = null;
		if (stopping != null) {
			stopping.cancel();
			try {
				leases.release(LEASE, LeaseHolder.thisProcess());
			} catch (DuchaException e) {
				// the database may be gone already: the lease then simply runs out
				ILog.of(DailySweep.class).info("Sweep lease not released: " + e.getMessage());
			}
		}
	}
}
