package ducha.core.security;

/**
 * Ids of the platform's own permissions. Which roles hold them is declared by the platform's
 * {@link PermissionProvider}; plugins declare theirs the same way.
 */
public final class CorePermissions {

	/** See the staff directory (within the department scope). */
	public static final String STAFF_READ = "staff.read";
	/** Change departments and staff, import their ledgers. */
	public static final String STAFF_WRITE = "staff.write";
	/** Appoint and end supervision roles. */
	public static final String SUPERVISORS_WRITE = "supervisors.write";
	/** Create accounts, change roles, scopes and other users' passwords. */
	public static final String USERS_ADMIN = "users.admin";
	/** Read the audit log. */
	public static final String AUDIT_READ = "audit.read";
	/** Database administration: migrate, back up, restore. */
	public static final String DB_ADMIN = "db.admin";
	/** Install, remove, switch off and on the court's plugins. */
	public static final String PLUGINS_ADMIN = "plugins.admin";
	/** Fill an empty database with the demo court. */
	public static final String DEMO_SEED = "demo.seed";

	private CorePermissions() {
	}
}
