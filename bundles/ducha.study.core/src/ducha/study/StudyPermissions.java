package ducha.study;

/**
 * Ids of the study plugin's permissions (declared with their roles by the plugin's PermissionProvider). Reading
 * one's own scores and taking a test one is a candidate of need none.
 */
public final class StudyPermissions {

	/** Read study records of the departments in one's scope (督察室, 院领导, 部门负责人 for their own department). */
	public static final String RECORDS_READ = "study.records.read";
	/** Record and import study sessions (a department head for their own department). */
	public static final String RECORDS_WRITE = "study.records.write";
	/** Propose, edit and fix the month's review assignment (督察室). */
	public static final String REVIEWS_ASSIGN = "study.reviews.assign";
	/** Read every review (督察室, 院领导); a political supervisor reads the reviews of departments assigned to them. */
	public static final String REVIEWS_READ_ALL = "study.reviews.read-all";
	/** Record a review: a political supervisor only for an assignment of theirs, 督察室 for any. */
	public static final String REVIEWS_WRITE = "study.reviews.write";
	/** Keep the question bank, hold tests, import and mark scores, record make-ups (督察室). */
	public static final String TESTS_MANAGE = "study.tests.manage";
	/** Read every staff member's scores (督察室, 院领导). */
	public static final String SCORES_READ_ALL = "study.scores.read-all";
	/** Read the scores of the staff of the departments in one's scope (部门负责人). */
	public static final String SCORES_READ_DEPARTMENT = "study.scores.read-department";

	private StudyPermissions() {
	}
}
