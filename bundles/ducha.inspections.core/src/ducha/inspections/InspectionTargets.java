package ducha.inspections;

/**
 * The {@link ducha.core.spi.ViewTargets logical views} the inspections plugin's tiles and reminders open; its UI tags
 * the part descriptors that show them {@code ducha.target:<target>}.
 */
public final class InspectionTargets {

	/** The year's inspection plan (督察计划) and what is due. */
	public static final String PLANS = "inspections.plans";
	/** The inspection register (督察登记) with the record form: checklist, findings, evidence. */
	public static final String REGISTER = "inspections.register";
	/** Findings awaiting rectification, verification and closing (督察整改). */
	public static final String RECTIFICATION = "inspections.rectification";
	/** The checklist templates (检查清单) and their versions. */
	public static final String CHECKLISTS = "inspections.checklists";
	/** Inspection bulletins (督察通报). */
	public static final String BULLETINS = "inspections.bulletins";

	private InspectionTargets() {
	}
}
