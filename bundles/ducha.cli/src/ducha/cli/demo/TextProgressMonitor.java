package ducha.cli.demo;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress as lines of text: each task and sub-task, and the share done in steps of ten per cent. */
final class TextProgressMonitor extends NullProgressMonitor {

	private static final int STEP_PERCENT = 10;

	private final PrintWriter out;
	private double total;
	private double worked;
	private int lastReported;

	TextProgressMonitor(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
		worked = 0;
		lastReported = 0;
		print(name);
	}

	@Override
	public void setTaskName(String name) {
		print(name);
	}

	@Override
	public void subTask(String name) {
		print(name);
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
		if (percent >= lastReported + STEP_PERCENT) {
			lastReported = percent - percent % STEP_PERCENT;
			out.println("  … " + lastReported + "%");
		}
	}

	private void print(String text) {
		if (text != null && !text.isBlank()) {
			out.println(text);
		}
	}
}
