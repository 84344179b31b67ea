package ducha.study.internal.rotation;

/**
 * The costs of the rotation's flow network, in tiers so that each rule counts only among choices equal in the
 * rules before it: any saving in load balance outweighs every repeat, and any saving of a repeat outweighs every
 * staleness rank. (Coverage comes first by itself: the network is solved for its maximum flow.)
 * <p>
 * A reviewer's k-th department costs {@code balance * k}, so the total is smallest when the loads are as even as
 * the coverage allows (the sum of the loads' squares is minimal, which means within one of each other whenever
 * that is possible). The repeat tier counts, per reviewer, re-reviewed departments plus the load places up to their
 * number of pending departments, which is the reviewer's repeats plus their load places in the current round, a
 * constant once the loads are fixed (see {@link ReviewerRound#repeatsAmong}). The last tier is the staleness rank.
 */
final class CostTiers {

	private final long repeat;
	private final long balance;

	/** @param departments the number of departments, which bounds every load and staleness rank */
	CostTiers(int departments) {
		long size = Math.max(1, departments);
		// Ranks are below the number of departments, and there are at most that many picks.
		repeat = size * size + 1;
		// At most two repeat-tier units per pick, plus the ranks.
		balance = repeat * (2 * size + 2);
	}

	/** The cost of a reviewer's k-th department (k from 1) when they have the given number pending. */
	long loadPlace(int k, int pending) {
		return balance * k + (k <= pending ? repeat : 0);
	}

	/** The cost of pairing a reviewer with a department. */
	long pair(boolean pending, int stalenessRank) {
		return (pending ? 0 : repeat) + stalenessRank;
	}
}
