package ducha.petitions;

/** Permission ids of the petitions plugin (declared with their roles by its PermissionProvider). */
public final class PetitionPermissions {

	/** See petitions (never the reporter) and the screening library. */
	public static final String READ = "petitions.read";
	/** Register petitions and work on those assigned to oneself. */
	public static final String HANDLE = "petitions.handle";
	/** Assign handlers to any petition. */
	public static final String ASSIGN = "petitions.assign";
	/** Import and screen clues of the screening library. */
	public static final String SCREEN = "petitions.screen";
	/** Import past petitions from a ledger file (信访举报台账), their reporters sealed as at intake. */
	public static final String IMPORT = "petitions.import";

	private PetitionPermissions() {
	}
}
