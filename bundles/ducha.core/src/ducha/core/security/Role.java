package ducha.core.security;

import ducha.core.Labelled;

/**
 * Roles of user accounts. What a role may do is decided by {@link AuthorizationService} from the grants that
 * the platform and the installed plugins declare ({@link PermissionProvider}).
 */
public enum Role implements Labelled {
	ADMIN("系统管理员"), OFFICE_DIRECTOR("督察室主任"), FULL_TIME_SUPERVISOR("专职督察员"), POLITICAL_SUPERVISOR("政治督导员"),
	INTEGRITY_SUPERVISOR("廉政监察员"), COURT_LEADER("院领导"), DEPARTMENT_HEAD("部门负责人"), TRIAL_MANAGEMENT("审管办"),
	STAFF("干警");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static Role parse(String text) {
		return Labelled.parse(Role.class, text);
	}
}
