package ducha.study.internal.rotation;

import ducha.study.Reviewer;

/**
 * What the history says about one reviewer this month: their round and how long ago they saw each department.
 */
record ReviewerStanding(Reviewer reviewer, ReviewerRound round, Staleness staleness) {

	static ReviewerStanding of(Reviewer reviewer, RotationInput input) {
		var eligible = input.eligibleFor(reviewer);
		var history = input.historyOf(reviewer);
		return new ReviewerStanding(reviewer, ReviewerRound.walk(eligible, history),
				new Staleness(eligible, history));
	}
}
