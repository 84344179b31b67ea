package ducha.cases.ui;

/** Ids of the case plugin's views (part descriptors of its fragment.e4xmi). */
public final class CasesViews {

	/** 案件登记: the register, one keyset page at a time. */
	public static final String REGISTER_PART_ID = "ducha.cases.ui.part.register";

	/** 长期未结案: flagged open cases with their age and the rule that flagged them. */
	public static final String WATCH_LIST_PART_ID = "ducha.cases.ui.part.watchlist";

	private CasesViews() {
	}
}
