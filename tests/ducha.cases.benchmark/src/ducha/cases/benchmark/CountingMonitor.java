package ducha.cases.benchmark;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Records the progress an import reports and, when asked to, cancels it once a share of the work is done. */
final class CountingMonitor extends NullProgressMonitor {

	private final int cancelAtPermille;
	private int total;
	private double worked;
	private int updates;

	/** @param cancelAtPermille cancel once this share of the work (of 1000) is reported; 0 never cancels */
	CountingMonitor(int cancelAtPermille) {
		this.cancelAtPermille = cancelAtPermille;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
	}

	@Override
	public void internalWorked(double work) {
		worked += work;
		updates++;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public boolean isCanceled() {
		return cancelAtPermille > 0 && total > 0 && worked * 1000 / total >= cancelAtPermille;
	}

	/** The share of the work reported, in permille of the task's total. */
	int permille() {
		return total == 0 ? 0 : (int) Math.round(worked * 1000 / total);
	}

	int updates() {
		return updates;
	}
}
