package ducha.integrity.ui;

/** Ids of the integrity plugin's views (part descriptors of its fragment.e4xmi). */
public final class IntegrityViews {

	/** 干警廉政档案: choose a staff member, read the timeline. */
	public static final String ARCHIVE_PART_ID = "ducha.integrity.ui.part.archive";

	/** 风险防控清单 with the measures due for review highlighted. */
	public static final String RISK_LIST_PART_ID = "ducha.integrity.ui.part.risklist";

	/** 规章制度 with add and edit. */
	public static final String RULES_PART_ID = "ducha.integrity.ui.part.rules";

	/** 清风书吧: the reading corner's catalogue and the book recommendations. */
	public static final String READING_PART_ID = "ducha.integrity.ui.part.reading";

	/** 廉政教育活动 with their participants. */
	public static final String ACTIVITIES_PART_ID = "ducha.integrity.ui.part.activities";

	/** 思想动态分析 per department and quarter. */
	public static final String ANALYSES_PART_ID = "ducha.integrity.ui.part.analyses";

	private IntegrityViews() {
	}
}
