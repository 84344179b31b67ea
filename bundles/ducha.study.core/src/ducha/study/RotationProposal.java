package ducha.study;

import java.time.YearMonth;
import java.util.List;

/**
 * The month's proposed review assignment, with what could not be done as the rules ask.
 *
 * @param month       the month
 * @param assignments one line per department reviewed
 * @param uncovered   departments no reviewer could take (e.g. the only supervisor belongs to it)
 * @param repeats     lines that pair a reviewer with a department again before the reviewer's round through all
 *                    the other departments came round, because no assignment without it covers as many
 *                    departments with the load as even
 */
public record RotationProposal(YearMonth month, List<ReviewAssignment> assignments, List<String> uncovered,
		List<ReviewAssignment> repeats) {

	public RotationProposal {
		assignments = List.copyOf(assignments);
		uncovered = List.copyOf(uncovered);
		repeats = List.copyOf(repeats);
	}
}
