package ducha.study.internal.rotation;

import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a reviewer stands in their round: the round is the set of departments eligible for them now, and the
 * departments still pending are those not yet reviewed since the round began.
 * <p>
 * The round is found by walking the reviewer's history month by month, oldest first. A month's departments not yet
 * reviewed in the round are added to it; once every eligible department has been reviewed, the round is over and
 * the next one begins with those of that month's departments that had already been reviewed before in the old
 * round (the reviewer's load went past the end of the round, so they open the next one).
 *
 * @param eligible the departments the reviewer may review now
 * @param pending  the eligible departments not yet reviewed in the current round (all of them for a new reviewer)
 */
record ReviewerRound(SortedSet<String> eligible, SortedSet<String> pending) {

	static ReviewerRound walk(SortedSet<String> eligible, SortedMap<YearMonth, SortedSet<String>> history) {
		SortedSet<String> reviewed = new TreeSet<>();
		for (SortedSet<String> month : history.values()) {
			SortedSet<String> again = new TreeSet<>();
			for (String department : month) {
				if (eligible.contains(department) && !reviewed.add(department)) {
					again.add(department);
				}
			}
			if (!eligible.isEmpty() && reviewed.containsAll(eligible)) {
				reviewed = again;
			}
		}
		SortedSet<String> pending = new TreeSet<>(eligible);
		pending.removeAll(reviewed);
		return new ReviewerRound(Collections.unmodifiableSortedSet(eligible),
				Collections.unmodifiableSortedSet(pending));
	}

	/**
	 * How many of a month's picks are repeats: of {@code load} picks, the first {@code min(load, pending)} belong
	 * to the current round and the rest open the next one; a re-reviewed department fills a next-round place
	 * first, and counts as a repeat only where it takes a place a pending department could have had.
	 */
	int repeatsAmong(int load, int freshPicks) {
		return Math.min(load, pending.size()) - freshPicks;
	}
}
