package ducha.app.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * The 拼音 of a person's name, one syllable per character ("张三丰" gives zhang, san, feng), for type-ahead by
 * 拼音 initials (zsf) or spelling (zhang). ICU4J's "Han-Latin/Names" transliteration reads surnames as surnames
 * (单 shan, 曾 zeng); tone marks are dropped. Core-free and thread-safe: choosers compute their names' syllables
 * off the UI thread. Syllables are cached per name for the session, since the same staff list is offered by many
 * forms.
 */
public final class Pinyin {

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
	private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
	private static Transliterator latin;

	private Pinyin() {
	}

	/** The lower-case ASCII syllables of the name; Latin letters and digits in it are kept as they are. */
	public static List<String> syllables(String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		return CACHE.computeIfAbsent(name, Pinyin::read);
	}

	/** The initials: "zsf" for 张三丰. */
	public static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		syllables(name).forEach(s -> initials.append(s.charAt(0)));
		return initials.toString();
	}

	private static List<String> read(String name) {
		String spelled;
		synchronized (Pinyin.class) {
			// a Transliterator is not documented as thread-safe; its construction (ICU data, about 0.5 s) happens once
			if (latin == null) {
				latin = Transliterator.getInstance("Han-Latin/Names; Latin-ASCII; Lower");
			}
			spelled = latin.transliterate(name);
		}
		return SEPARATORS.splitAsStream(spelled).filter(s -> !s.isEmpty()).toList();
	}
}
