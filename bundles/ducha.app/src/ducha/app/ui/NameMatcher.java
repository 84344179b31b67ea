package ducha.app.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Type-ahead over people: a query finds a person by part of the name (三丰), by 拼音 initials or spelling from the
 * surname on (zsf, zhang, zhangsf, zhangsanfeng), or by the start of one of their codes (工号, log-in name). The
 * 拼音 of every name is computed once when the matcher is built (see {@link Pinyin}), never per keystroke.
 * Core-free: a chooser builds one over whatever it offers.
 *
 * @param <T> the person type (a staff member, an account)
 */
public final class NameMatcher<T> {

	private record Entry<T>(T item, String name, List<String> syllables, List<String> codes) {
	}

	private final List<Entry<T>> entries;

	/**
	 * @param name  the person's name, in Chinese characters
	 * @param codes the person's codes matched by their start (工号, log-in name), case-insensitive
	 */
	public NameMatcher(List<T> items, Function<T, String> name, Function<T, List<String>> codes) {
		entries = items.stream().map(item -> {
			String n = name.apply(item) == null ? "" : name.apply(item);
			List<String> c = codes.apply(item).stream().filter(s -> s != null && !s.isBlank())
					.map(s -> s.toLowerCase(Locale.ROOT)).toList();
			return new Entry<>(item, n, Pinyin.syllables(n), c);
		}).toList();
	}

	/** The people the query finds, in the order given; everyone for a blank query. */
	public List<T> matching(String query) {
		String q = query == null ? "" : query.strip();
		if (q.isEmpty()) {
			return entries.stream().map(Entry::item).toList();
		}
		String lower = q.toLowerCase(Locale.ROOT);
		return entries.stream().filter(e -> matches(e, q, lower)).map(Entry::item).toList();
	}

	private static boolean matches(Entry<?> e, String query, String lower) {
		if (e.name().contains(query) || e.codes().stream().anyMatch(c -> c.startsWith(lower))) {
			return true;
		}
		String letters = lower.replace(" ", "");
		return !letters.isEmpty() && letters.chars().allMatch(ch -> ch < 128)
				&& spells(letters, 0, e.syllables(), 0);
	}

	/**
	 * True when query[from..] can be cut into parts that are each the start of consecutive syllables, from the
	 * given one: initials take one letter per syllable, a spelling takes the whole syllable, and mixtures work.
	 */
	private static boolean spells(String query, int from, List<String> syllables, int syllable) {
		if (from == query.length()) {
			return true;
		}
		if (syllable == syllables.size()) {
			return false;
		}
		String s = syllables.get(syllable);
		for (int k = 0; k < s.length() && from + k < query.length() && s.charAt(k) == query.charAt(from + k); k++) {
			if (spells(query, from + k + 1, syllables, syllable + 1)) {
				return true;
			}
		}
		return false;
	}
}
