package ducha.core.ledger;

import java.util.List;

import ducha.core.ValidationException;

/** A ledger file was rejected whole; {@link #ledgerProblems()} lists every bad row, nothing was stored. */
public class LedgerValidationException extends ValidationException {

	private static final long serialVersionUID = 1L;

	private final List<LedgerProblem> ledgerProblems;

	public LedgerValidationException(List<LedgerProblem> problems) {
		super(problems.stream().map(LedgerProblem::toString).toList());
		this.ledgerProblems = List.copyOf(problems);
	}

	public List<LedgerProblem> ledgerProblems() {
		return ledgerProblems;
	}
}
