package ducha.cases.internal.cli;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress of a long command as lines: the task, then the share done in steps of ten per cent. */
final class ProgressLines extends NullProgressMonitor {

	private static final int STEP_PERCENT = 10;

	private final PrintWriter out;
	private double total;
	private double worked;
	private int reported;

	ProgressLines(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
		worked = 0;
		reported = 0;
		if (name != null && !name.isBlank()) {
			out.println(name + " …");
			out.flush();
		}
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		if (total <= 0) {
			return;
		}
		worked += work;
		int percent = (int) Math.min(100, worked * 100 / total);
		if (percent >= reported + STEP_PERCENT) {
			reported = percent - percent % STEP_PERCENT;
			out.println("  … " + reported + "%");
			out.flush();
		}
	}
}
