package ducha.cases.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;

/**
 * The problems of one import, capped so that a million bad rows do not fill the memory; the last line says how
 * many more there were.
 */
final class ProblemList {

	static final int MAX = 1000;

	private final String fileName;
	private final List<LedgerProblem> problems = new ArrayList<>();
	private long more;

	ProblemList(String fileName) {
		this.fileName = fileName;
	}

	void addAll(List<LedgerProblem> found) {
		for (LedgerProblem p : found) {
			if (problems.size() < MAX) {
				problems.add(p);
			} else {
				more++;
			}
		}
	}

	boolean isEmpty() {
		return problems.isEmpty();
	}

	void throwIfAny() {
		if (problems.isEmpty()) {
			return;
		}
		List<LedgerProblem> all = new ArrayList<>(problems);
		if (more > 0) {
			all.add(new LedgerProblem(fileName, 0, null, NLS.bind(Messages.moreProblems, more)));
		}
		throw new LedgerValidationException(all);
	}
}
