package ducha.inspections;

import java.util.Objects;

/**
 * One item of a checklist template.
 *
 * @param subject          the group the item belongs to, e.g. 工作纪律
 * @param text             what is checked
 * @param maxScore         0 for a pass/fail item, otherwise the most points it gives
 * @param evidenceRequired true when a failed item needs an evidence file with its finding
 */
public record ChecklistItem(String subject, String text, int maxScore, boolean evidenceRequired) {

	public ChecklistItem {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		if (maxScore < 0) {
			throw new IllegalArgumentException("a score cannot be negative: " + maxScore);
		}
	}

	public boolean scored() {
		return maxScore > 0;
	}
}
