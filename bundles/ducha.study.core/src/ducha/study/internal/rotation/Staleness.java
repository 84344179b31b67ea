package ducha.study.internal.rotation;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * How long ago a reviewer last reviewed each department eligible for them, as a rank: 0 for the departments they
 * never reviewed or reviewed longest ago, and for any other department the number of eligible departments they
 * have been away from for longer (never reviewed counting as longest).
 */
final class Staleness {

	private final Map<String, YearMonth> lastReviewed = new HashMap<>();
	private final Set<String> eligible;

	Staleness(Set<String> eligible, SortedMap<YearMonth, SortedSet<String>> history) {
		this.eligible = eligible;
		history.forEach((month, departments) -> departments.forEach(d -> lastReviewed.put(d, month)));
	}

	/** The department's rank: lower is reviewed longer ago. */
	int rank(String department) {
		YearMonth last = lastReviewed.get(department);
		if (last == null) {
			return 0;
		}
		int longerAway = 0;
		for (String other : eligible) {
			YearMonth otherLast = lastReviewed.get(other);
			if (otherLast == null || otherLast.isBefore(last)) {
				longerAway++;
			}
		}
		return longerAway;
	}

	/** The month the reviewer last reviewed the department, null when never. */
	YearMonth lastReviewed(String department) {
		return lastReviewed.get(department);
	}
}
