package ducha.study.internal.rotation;

import java.util.Arrays;

/**
 * Minimum-cost maximum flow by successive shortest paths (Dijkstra on reduced costs). Arc costs must not be
 * negative. Sized for the rotation's networks (a few dozen nodes), so the shortest-path search is the simple
 * quadratic one; on equal distances the lower node number wins, which keeps the result deterministic for a
 * network built in a deterministic order.
 */
final class MinCostFlow {

	private static final long UNREACHED = Long.MAX_VALUE;

	private final int nodes;
	private final int[] firstArc;
	private int[] head = new int[16];
	private int[] nextArc = new int[16];
	private int[] capacity = new int[16];
	private long[] cost = new long[16];
	private int arcs;

	MinCostFlow(int nodes) {
		this.nodes = nodes;
		this.firstArc = new int[nodes];
		Arrays.fill(firstArc, -1);
	}

	/** Adds an arc and its residual twin; returns the arc's number for {@link #flowOn(int)}. */
	int addArc(int from, int to, int arcCapacity, long arcCost) {
		if (arcCost < 0) {
			throw new IllegalArgumentException("negative cost " + arcCost);
		}
		int arc = arcs;
		append(from, to, arcCapacity, arcCost);
		append(to, from, 0, -arcCost);
		return arc;
	}

	/** The flow the last {@link #maximise} sent through an arc. */
	int flowOn(int arc) {
		return capacity[arc ^ 1];
	}

	/** Sends as much flow as possible from source to sink at the least total cost; returns the amount. */
	int maximise(int source, int sink) {
		long[] potential = new long[nodes];
		int sent = 0;
		while (true) {
			int[] via = new int[nodes];
			long[] distance = shortestDistances(source, potential, via);
			if (distance[sink] == UNREACHED) {
				return sent;
			}
			for (int node = 0; node < nodes; node++) {
				// Capping at the sink's distance keeps reduced costs non-negative for nodes not reached yet.
				potential[node] += Math.min(distance[node], distance[sink]);
			}
			int amount = Integer.MAX_VALUE;
			for (int node = sink; node != source; node = head[via[node] ^ 1]) {
				amount = Math.min(amount, capacity[via[node]]);
			}
			for (int node = sink; node != source; node = head[via[node] ^ 1]) {
				capacity[via[node]] -= amount;
				capacity[via[node] ^ 1] += amount;
			}
			sent += amount;
		}
	}

	private long[] shortestDistances(int source, long[] potential, int[] via) {
		long[] distance = new long[nodes];
		Arrays.fill(distance, UNREACHED);
		boolean[] settled = new boolean[nodes];
		distance[source] = 0;
		while (true) {
			int nearest = -1;
			for (int node = 0; node < nodes; node++) {
				if (!settled[node] && distance[node] != UNREACHED
						&& (nearest < 0 || distance[node] < distance[nearest])) {
					nearest = node;
				}
			}
			if (nearest < 0) {
				return distance;
			}
			settled[nearest] = true;
			for (int arc = firstArc[nearest]; arc >= 0; arc = nextArc[arc]) {
				int target = head[arc];
				if (capacity[arc] > 0 && !settled[target]) {
					long reached = distance[nearest] + cost[arc] + potential[nearest] - potential[target];
					if (reached < distance[target]) {
						distance[target] = reached;
						via[target] = arc;
					}
				}
			}
		}
	}

	private void append(int from, int to, int arcCapacity, long arcCost) {
		if (arcs == head.length) {
			int grown = arcs * 2;
			head = Arrays.copyOf(head, grown);
			nextArc = Arrays.copyOf(nextArc, grown);
			capacity = Arrays.copyOf(capacity, grown);
			cost = Arrays.copyOf(cost, grown);
		}
		head[arcs] = to;
		capacity[arcs] = arcCapacity;
		cost[arcs] = arcCost;
		nextArc[arcs] = firstArc[from];
		firstArc[from] = arcs;
		arcs++;
	}
}
