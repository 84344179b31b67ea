package ducha.core.internal.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ducha.core.EditDistance;

/**
 * The accepted value a refused one was most likely meant to be, for the problem to suggest (您是否指：裁判文书表述不准确).
 * Chinese labels differ by words added or changed (文书表述不准确, 系统使用不规范), so the value sharing the most
 * characters with the text is taken, the smaller edit distance deciding between equals; none when no value shares at
 * least half the characters of the shorter of the two.
 */
public final class ClosestValue {

	/** A value's alternatives in parentheses, 在审（未结）: the suggestion is the value before them. */
	private static final Pattern ALTERNATIVES = Pattern.compile("[（(].*?[）)]");

	private ClosestValue() {
	}

	/**
	 * @param accepted the accepted values as a problem lists them, separated by 、
	 * @return the closest accepted value, or null
	 */
	public static String among(String text, String accepted) {
		String best = null;
		int bestCommon = 0;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates(accepted)) {
			int common = commonCharacters(text, candidate);
			int distance = EditDistance.between(text, candidate);
			boolean similar = common > 0 && 2 * common >= Math.min(length(text), length(candidate));
			if (similar && (common > bestCommon || common == bestCommon && distance < bestDistance)) {
				best = candidate;
				bestCommon = common;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static List<String> candidates(String accepted) {
		List<String> values = new ArrayList<>();
		for (String value : accepted.split("[、,，]")) {
			String main = ALTERNATIVES.matcher(value).replaceAll("").strip();
			if (!main.isEmpty()) {
				values.add(main);
			}
		}
		return values;
	}

	/** Characters the two texts have in common, each counted as often as both hold it. */
	static int commonCharacters(String a, String b) {
		int[] left = a.codePoints().sorted().toArray();
		int[] right = b.codePoints().sorted().toArray();
		int common = 0;
		for (int i = 0, j = 0; i < left.length && j < right.length;) {
			if (left[i] == right[j]) {
				common++;
				i++;
				j++;
			} else if (left[i] < right[j]) {
				i++;
			} else {
				j++;
			}
		}
		return common;
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}
}
