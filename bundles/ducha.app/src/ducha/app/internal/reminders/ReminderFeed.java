package ducha.app.internal.reminders;

import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

import ducha.app.internal.OsgiServices;
import ducha.app.internal.ServiceChanges;
import ducha.core.audit.DataChanged;
import ducha.core.security.Principal;
import ducha.core.spi.ReminderBoard;
import ducha.core.spi.ReminderSource;

/**
 * The logged-in user's reminders, kept current for the whole workbench (the 提醒 part and the indicator in the
 * window's trim): recomputed in a job when data changes, when a plugin adds or removes a {@link ReminderSource},
 * every {@link #PERIOD_MS} (deadlines pass without any data changing) and on request. Listeners are called on the
 * job's thread; they switch to the UI thread themselves.
 */
public final class ReminderFeed {

	/** A day boundary or a deadline passes without any event: look again this often. */
	static final long PERIOD_MS = 10 * 60 * 1000L;
	/** Changes come in bursts (a ledger import, the demo seeding): recompute at most this often. */
	private static final long DEBOUNCE_MS = 2000;

	private final Principal principal;
	private final List<Consumer<ReminderBoard.Collected>> listeners = new CopyOnWriteArrayList<>();
	private final AtomicBoolean changePending = new AtomicBoolean();
	private final Job job;
	private final Job clock;
	private ServiceTracker<ReminderBoard, ReminderBoard> board;
	private ServiceTracker<ReminderSource, ReminderSource> sources;
	private ServiceRegistration<EventHandler> dataChanges;
	private volatile ReminderBoard.Collected latest;
	private volatile boolean stopped;
	private volatile boolean watching;

	public ReminderFeed(Principal principal) {
		this.principal = principal;
		this.job = new Job(Messages.Reminders_job) {

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return compute(monitor);
			}
		};
		job.setSystem(true);
		this.clock = new Job(Messages.Reminders_job) {

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (!stopped) {
					refresh();
					schedule(PERIOD_MS);
				}
				return Status.OK_STATUS;
			}
		};
		clock.setSystem(true);
	}

	/**
	 * Starts watching; the first computation starts at once, in the background, and opens the trackers there:
	 * getting the reminder sources activates the plugins' components, which the log-in and the main window do not
	 * wait for.
	 */
	public void start() {
		refresh();
		clock.schedule(PERIOD_MS);
	}

	public void stop() {
		stopped = true;
		clock.cancel();
		job.cancel();
		synchronized (this) {
			if (board != null) {
				dataChanges.unregister();
				sources.close();
				board.close();
			}
		}
	}

	/** Opens the trackers and the data-change handler once (in the first computation); false once stopped. */
	private synchronized boolean watch() {
		if (stopped) {
			return false;
		}
		if (board == null) {
			BundleContext context = OsgiServices.context();
			board = new ServiceTracker<>(context, ReminderBoard.class, null);
			board.open();
			sources = new ServiceTracker<>(context, ReminderSource.class, new ServiceChanges<>(context, this::changed));
			sources.open();
			Hashtable<String, Object> topic = new Hashtable<>();
			topic.put(EventConstants.EVENT_TOPIC, DataChanged.TOPIC);
			dataChanges = context.registerService(EventHandler.class, event -> changed(), topic);
			// the sources present now are in this computation; only later changes recompute
			watching = true;
		}
		return true;
	}

	/** Recomputes now (a refresh button). */
	public void refresh() {
		schedule(job, 0);
	}

	/** The last result, or null before the first computation finished. */
	public ReminderBoard.Collected latest() {
		return latest;
	}

	/**
	 * {@code listener} gets every new result, and the latest one at once if there is one.
	 *
	 * @return what unsubscribes it again
	 */
	public Runnable subscribe(Consumer<ReminderBoard.Collected> listener) {
		listeners.add(listener);
		ReminderBoard.Collected current = latest;
		if (current != null) {
			listener.accept(current);
		}
		return () -> listeners.remove(listener);
	}

	/** Data or sources changed: recompute once, shortly, however many changes arrive meanwhile. */
	private void changed() {
		if (watching && changePending.compareAndSet(false, true)) {
			schedule(job, DEBOUNCE_MS);
		}
	}

	/** A waiting job is moved to the new time; a running one runs once more after it finished. */
	private static void schedule(Job job, long delay) {
		if (job.getState() != Job.RUNNING) {
			job.cancel();
		}
		job.schedule(delay);
	}

	private IStatus compute(IProgressMonitor monitor) {
		changePending.set(false);
		if (!watch()) {
			return Status.CANCEL_STATUS;
		}
		ReminderBoard service = board.getService();
		if (service != null && !monitor.isCanceled()) {
			ReminderBoard.Collected collected = service.collect(principal, LocalDate.now());
			latest = collected;
			listeners.forEach(listener -> listener.accept(collected));
		}
		if (service == null) {
			// the platform's board is not registered yet (start-up): try again shortly
			changed();
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}
}
