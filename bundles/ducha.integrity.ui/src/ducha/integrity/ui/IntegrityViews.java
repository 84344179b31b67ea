package ducha.integrity.ui;

/** Ids of the integrity plugin's views (part descriptors of its fragment.e4xmi). */
public final class IntegrityViews {

	/** 干警廉政档案: choose a staff member, read the timeline. */
	public static final String ARCHIVE_PART_ID = "ducha.integrity.ui.part.archive";

	/** 风险防控清单 with the measures due for review highlighted. */
	public static final String RISK_LIST_PART_ID = "ducha.integrity.ui.part.risklist";

	private IntegrityViews() {
	}
}
