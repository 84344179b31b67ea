package ducha.core.spi;

import java.util.List;
import java.util.Locale;

import ducha.core.security.Principal;

/**
 * A plugin's part of the workbench's quick-find (Ctrl+F): finds its records by number (案号, XF编号, …) or by a
 * person's 姓名/工号. The workbench asks every installed finder and lists their hits; a plugin that is not installed
 * simply adds none. A finder applies its plugin's own rules: a viewer without the read permission, or outside the
 * record's department scope, finds nothing (an empty list, never an exception, so one plugin's refusal does not hide
 * the others' hits), and a finder never matches what the viewer may not see (a petition's reporter).
 */
public interface RecordFinder {

	/** Fewer characters than this find nothing: one character would match half the court. */
	int MIN_TEXT = 2;

	/**
	 * @param text  what the user typed, stripped; at least {@link #MIN_TEXT} characters
	 * @param limit at most this many hits
	 * @return the hits the viewer may see, best first
	 */
	List<FoundRecord> find(String text, Principal viewer, int limit);

	/** The text as a query should compare it: stripped, upper case (numbers are stored upper case). */
	static String normalise(String text) {
		return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
	}

	/** True when the text is long enough to search for. */
	static boolean searchable(String text) {
		return normalise(text).length() >= MIN_TEXT;
	}

	/** A JPQL {@code like} pattern matching the text anywhere, its wildcards escaped with {@code \}. */
	static String containsPattern(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
