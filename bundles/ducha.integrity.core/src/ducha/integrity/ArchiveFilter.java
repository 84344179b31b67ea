package ducha.integrity;

import java.util.Objects;
import java.util.Set;

import ducha.core.period.Period;

/**
 * What part of an archive to show.
 *
 * @param period entries whose own date is inside it (inclusive)
 * @param kinds  entry kinds to keep (e.g. {@code integrity.talk}); empty keeps every kind
 */
public record ArchiveFilter(Period period, Set<String> kinds) {

	public ArchiveFilter {
		Objects.requireNonNull(period, "period");
		kinds = Set.copyOf(kinds);
	}

	public static ArchiveFilter of(Period period) {
		return new ArchiveFilter(period, Set.of());
	}

	public boolean keeps(String kind) {
		return kinds.isEmpty() || kinds.contains(kind);
	}
}
