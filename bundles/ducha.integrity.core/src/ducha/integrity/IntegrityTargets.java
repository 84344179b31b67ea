package ducha.integrity;

/**
 * The {@link ducha.core.spi.ViewTargets logical views} the integrity plugin's tiles and reminders open; its UI
 * tags the part descriptors that show them {@code ducha.target:<target>}.
 */
public final class IntegrityTargets {

	/** The risk list (廉政风险防控), opened for measures whose review is due. */
	public static final String RISK_LIST = "integrity.risklist";

	/** The rules (制度), opened for rules whose review cycle ends soon. */
	public static final String RULES = "integrity.rules";

	/**
	 * The integrity archive (廉政档案): opened by the quick-find on a person's archive (their 工号), and on the viewer's
	 * own archive when that is the only one they may read.
	 */
	public static final String ARCHIVE = "integrity.archive";

	private IntegrityTargets() {
	}
}
