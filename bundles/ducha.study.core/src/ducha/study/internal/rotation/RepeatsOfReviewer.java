package ducha.study.internal.rotation;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

/**
 * Which of a reviewer's picks the proposal reports as repeats: as many as {@link ReviewerRound#repeatsAmong}
 * counts, taken from the re-reviewed departments the reviewer saw most recently (then by code), since the ones
 * they saw longest ago are those that fit best into the next round's places.
 */
final class RepeatsOfReviewer {

	private RepeatsOfReviewer() {
	}

	static List<String> among(ReviewerStanding standing, SortedSet<String> picks) {
		ReviewerRound round = standing.round();
		List<String> again = picks.stream().filter(d -> !round.pending().contains(d)).toList();
		int repeats = round.repeatsAmong(picks.size(), picks.size() - again.size());
		Comparator<String> recentFirst = Comparator.comparing(
				(String d) -> standing.staleness().lastReviewed(d), Comparator.nullsFirst(YearMonth::compareTo))
				.reversed().thenComparing(Comparator.naturalOrder());
		return again.stream().sorted(recentFirst).limit(repeats).sorted().toList();
	}
}
