package ducha.cases.ui;

/** Ids of the case plugin's views (part descriptors of its fragment.e4xmi). */
public final class CasesViews {

	/** 案件登记: the register, one keyset page at a time. */
	public static final String REGISTER_PART_ID = "ducha.cases.ui.part.register";

	/** 长期未结案: flagged open cases with their age and the rule that flagged them. */
	public static final String WATCH_LIST_PART_ID = "ducha.cases.ui.part.watchlist";

	/** 四类案件/重大案件: marked cases of either list, with marking and unmarking. */
	public static final String MARKED_PART_ID = "ducha.cases.ui.part.marked";

	/**
	 * 四类案件提示: pending suggestions (keyword, party count, hand flag) to confirm or dismiss, the rule scan and
	 * the editing of the keywords and the party threshold.
	 */
	public static final String SUGGESTIONS_PART_ID = "ducha.cases.ui.part.suggestions";

	/** 长期未结案规则: the rule table, editable by those allowed to change it. */
	public static final String RULES_PART_ID = "ducha.cases.ui.part.rules";

	/** 督办: supervision orders with their actions and the selected case's tracking record. */
	public static final String ORDERS_PART_ID = "ducha.cases.ui.part.orders";

	/** 评查: findings, reminder talks, rectification follow-ups and bulletins. */
	public static final String REVIEW_PART_ID = "ducha.cases.ui.part.review";

	private CasesViews() {
	}
}
