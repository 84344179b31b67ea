package ducha.cases;

import java.util.EnumSet;
import java.util.Set;

/** The three watch lists (重点关注案件): long-pending, four kinds and major cases. */
public enum WatchList {
	LONG_PENDING("长期未结案件"), FOUR_KINDS("四类案件"), MAJOR("重大案件");

	private final String label;

	WatchList(String label) {
		this.label = label;
	}

	public String label() {
		return label;
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
