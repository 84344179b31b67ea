package ducha.cases;

import java.util.EnumSet;
import java.util.Set;

/** The three watch lists (重点关注案件): long-pending, four kinds and major cases. */
public enum WatchList {
	LONG_PENDING, FOUR_KINDS, MAJOR;

	/** The label in the cores' language, e.g. for lists and exports. */
	public String label() {
		return Labels.of(this);
	}

	/** The mark kinds the list shows; empty for the long-pending list, which follows the rule table instead. */
	public Set<MarkKind> kinds() {
		return switch (this) {
		case LONG_PENDING -> EnumSet.noneOf(MarkKind.class);
		case FOUR_KINDS -> MarkKind.fourKinds();
		case MAJOR -> EnumSet.of(MarkKind.MAJOR);
		};
	}
}
