package ducha.app.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Passes a job's progress on to a bar in the view that started it, at most five times a second, so that a long
 * import or export shows where it is without the progress view. The bar's maximum must be {@link #SCALE}.
 */
public final class ProgressBarMonitor extends ProgressMonitorWrapper {

	/** The maximum of the bars this monitor drives: fine enough for a smooth bar, whatever the work's units. */
	public static final int SCALE = 1000;

	private static final long UPDATE_NANOS = 200_000_000L;

	private final ProgressBar bar;
	private final Background background;
	private double total = 1;
	private double done;
	private long shown;

	public ProgressBarMonitor(IProgressMonitor monitor, ProgressBar bar, Background background) {
		super(monitor);
		this.bar = bar;
		this.background = background;
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
			int selection = (int) Math.min(SCALE, done * SCALE / total);
			background.later(() -> {
				if (!bar.isDisposed()) {
					bar.setSelection(selection);
				}
			});
		}
	}
}
