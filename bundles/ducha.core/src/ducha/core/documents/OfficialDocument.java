package ducha.core.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document in the office's official layout: 通报, feedback letter, clearance notice, integrity report.
 *
 * @param title      e.g. 关于2024年第三季度日常督察情况的通报
 * @param number     e.g. 2024年第3期 (from {@link DocumentNumber#label()}), may be empty for unnumbered documents
 * @param date       the date of issue
 * @param paragraphs the body, one paragraph each
 * @param office     the issuing office, usually the office name (政治部（督察室）)
 */
public record OfficialDocument(String title, String number, LocalDate date, List<String> paragraphs,
		String office) {

	public OfficialDocument {
		Objects.requireNonNull(title, "title");
		number = number == null ? "" : number;
		Objects.requireNonNull(date, "date");
		paragraphs = List.copyOf(paragraphs);
		Objects.requireNonNull(office, "office");
	}
}
