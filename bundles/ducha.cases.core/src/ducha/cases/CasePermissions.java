package ducha.cases;

/** Permission ids of the case supervision plugin (declared with their roles by the plugin's PermissionProvider). */
public final class CasePermissions {

	/** See the case register, watch lists, orders and review records (within the department scope). */
	public static final String READ = "cases.read";
	/** Import the case register. */
	public static final String IMPORT = "cases.import";
	/** Change the long-pending rules. */
	public static final String RULES = "cases.rules";
	/** Issue, extend and close supervision orders; run the reminder sweep. */
	public static final String SUPERVISE = "cases.supervise";
	/** Enter review findings, talks, follow-ups and issue bulletins. */
	public static final String REVIEW = "cases.review";
	/** Mark and unmark four-kinds and major cases; confirm or dismiss suggestions; run the keyword scan. */
	public static final String MARK = "cases.mark";

	private CasePermissions() {
	}
}
