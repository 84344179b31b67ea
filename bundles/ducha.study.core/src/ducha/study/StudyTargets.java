package ducha.study;

/**
 * The {@link ducha.core.spi.ViewTargets logical views} the study plugin's tiles and reminders open; its UI tags
 * the part descriptors that show them {@code ducha.target:<target>}.
 */
public final class StudyTargets {

	/** Study sessions (学习记录) of the departments. */
	public static final String SESSIONS = "study.sessions";
	/** The month's review assignment and the reviews (月调阅). */
	public static final String REVIEWS = "study.reviews";
	/** Quarterly tests (季检测): papers, scores, marking. */
	public static final String TESTS = "study.tests";
	/** The make-up list (补考). */
	public static final String MAKEUPS = "study.makeups";
	/** A staff member's own tests: the exam to take and their results. */
	public static final String MY_TESTS = "study.mytests";

	private StudyTargets() {
	}
}
