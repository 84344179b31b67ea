package ducha.study.internal.rotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The month's assignment as a minimum-cost maximum flow: source to each reviewer (one unit arc per possible load
 * place, priced by {@link CostTiers#loadPlace}), reviewer to each department eligible for them (priced by
 * {@link CostTiers#pair}), department to sink (one unit, so one reviewer per department). The maximum flow covers
 * every department some reviewer may take; its least cost is the most even load, then the fewest repeats, then
 * the departments each reviewer has been away from longest. Nodes are numbered in staff number and department
 * code order, so equal costs are settled the same way whatever order the input came in.
 */
final class AssignmentNetwork {

	private final List<ReviewerStanding> reviewers;
	private final List<String> departments;
	private final CostTiers costs;

	AssignmentNetwork(List<ReviewerStanding> reviewers, SortedSet<String> departments) {
		this.reviewers = reviewers;
		this.departments = List.copyOf(departments);
		this.costs = new CostTiers(departments.size());
	}

	/** Each reviewer (in the given order) with the departments the best assignment gives them, sorted. */
	Map<ReviewerStanding, SortedSet<String>> solve() {
		int source = 0;
		int sink = 1 + reviewers.size() + departments.size();
		MinCostFlow flow = new MinCostFlow(sink + 1);
		List<int[]> pairArcs = new ArrayList<>();
		for (int r = 0; r < reviewers.size(); r++) {
			ReviewerRound round = reviewers.get(r).round();
			Staleness staleness = reviewers.get(r).staleness();
			for (int k = 1; k <= round.eligible().size(); k++) {
				flow.addArc(source, reviewerNode(r), 1, costs.loadPlace(k, round.pending().size()));
			}
			for (int d = 0; d < departments.size(); d++) {
				String department = departments.get(d);
				if (round.eligible().contains(department)) {
					int arc = flow.addArc(reviewerNode(r), departmentNode(d), 1,
							costs.pair(round.pending().contains(department), staleness.rank(department)));
					pairArcs.add(new int[] { arc, r, d });
				}
			}
		}
		for (int d = 0; d < departments.size(); d++) {
			flow.addArc(departmentNode(d), sink, 1, 0);
		}
		flow.maximise(source, sink);

		Map<ReviewerStanding, SortedSet<String>> picks = new LinkedHashMap<>();
		reviewers.forEach(r -> picks.put(r, new TreeSet<>()));
		for (int[] pair : pairArcs) {
			if (flow.flowOn(pair[0]) > 0) {
				picks.get(reviewers.get(pair[1])).add(departments.get(pair[2]));
			}
		}
		return picks;
	}

	private static int reviewerNode(int r) {
		return 1 + r;
	}

	private int departmentNode(int d) {
		return 1 + reviewers.size() + d;
	}
}
