package ducha.core;

import java.util.Arrays;

/**
 * The Levenshtein distance of two short texts: how many characters (code points) to insert, delete or change, for
 * naming the closest of the accepted values when one is refused.
 */
public final class EditDistance {

	private EditDistance() {
	}

	public static int between(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		int[] previous = new int[y.length + 1];
		int[] current = new int[y.length + 1];
		Arrays.setAll(previous, j -> j);
		for (int i = 1; i <= x.length; i++) {
			current[0] = i;
			for (int j = 1; j <= y.length; j++) {
				int change = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
				current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[y.length];
	}
}
