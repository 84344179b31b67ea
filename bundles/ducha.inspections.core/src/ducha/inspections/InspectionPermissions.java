package ducha.inspections;

/**
 * Ids of the daily inspections plugin's permissions (declared with their roles by the plugin's PermissionProvider).
 * Whatever the permission, an unannounced inspection (暗访) that is not closed, with its findings and files, is seen
 * only by holders of {@link #MANAGE}: the supervision office.
 */
public final class InspectionPermissions {

	/** Plan the year, keep the checklists, record inspections and findings, verify, close, issue bulletins (督察室). */
	public static final String MANAGE = "inspections.manage";
	/** Read the inspections, findings and bulletins of the departments in one's scope (院领导, 部门负责人). */
	public static final String READ = "inspections.read";
	/** Report the rectification of a finding of one's own department (部门负责人). */
	public static final String RECTIFY = "inspections.rectify";

	private InspectionPermissions() {
	}
}
