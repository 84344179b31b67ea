package ducha.cli;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The progress of a long command (an import, the demo data) as lines on the command's output, for every command of
 * the platform and the plugins: each task and sub-task as it starts ({@code 导入案件 cases.csv …}), then the share
 * done in steps of ten per cent ({@code   … 40%}), each line flushed at once so that a terminal or a log shows it
 * while the work goes on.
 *
 * <pre>
 * ProgressPrinter progress = new ProgressPrinter(out);
 * service.importFile(file, actor, progress);
 * progress.done();
 * </pre>
 */
public class ProgressPrinter extends NullProgressMonitor {

	private static final int STEP_PERCENT = 10;

	private final PrintWriter out;
	private double total;
	private double worked;
	private int reported;

	public ProgressPrinter(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
		worked = 0;
		reported = 0;
		task(name);
	}

	@Override
	public void setTaskName(String name) {
		task(name);
	}

	@Override
	public void subTask(String name) {
		task(name);
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
			line("  … " + reported + "%");
		}
	}

	/** Ends with 100% also for work too small to report steps on the way. */
	@Override
	public void done() {
		if (total > 0 && reported < 100) {
			reported = 100;
			line("  … 100%");
		}
	}

	private void task(String name) {
		if (name != null && !name.isBlank()) {
			line(name + " …");
		}
	}

	private void line(String text) {
		out.println(text);
		out.flush();
	}
}
