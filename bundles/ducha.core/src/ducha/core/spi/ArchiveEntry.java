package ducha.core.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a staff member's integrity archive, contributed by a plugin.
 *
 * @param staffNo      工号 of the person the entry is about
 * @param date         the entry's own date (talk held, bulletin issued, ...)
 * @param kind         stable kind id, e.g. {@code cases.finding}
 * @param kindLabel    Chinese label of the kind, e.g. 案件评查问题
 * @param title        one-line summary
 * @param detail       longer text, may be empty
 * @param source       contributing plugin, e.g. {@code cases}
 * @param confidential true while the entry must not be shown to the staff member themself
 */
public record ArchiveEntry(String staffNo, LocalDate date, String kind, String kindLabel, String title,
		String detail, String source, boolean confidential) {

	public ArchiveEntry {
		Objects.requireNonNull(staffNo, "staffNo");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
	}
}
