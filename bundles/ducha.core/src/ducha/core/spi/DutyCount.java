package ducha.core.spi;

import java.util.Objects;

/**
 * How many duties of one kind one staff member performed in a period, contributed by a plugin.
 *
 * @param staffNo   工号 of who performed them
 * @param kind      stable kind id, e.g. {@code study.review}
 * @param kindLabel Chinese label of the kind, e.g. 月调阅
 * @param source    contributing plugin, e.g. {@code study}
 * @param count     how many, at least 1
 */
public record DutyCount(String staffNo, String kind, String kindLabel, String source, int count) {

	public DutyCount {
		Objects.requireNonNull(staffNo, "staffNo");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(kindLabel, "kindLabel");
		Objects.requireNonNull(source, "source");
		if (count < 1) {
			throw new IllegalArgumentException("a duty count is at least 1: " + count);
		}
	}
}
