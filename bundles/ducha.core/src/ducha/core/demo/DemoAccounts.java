package ducha.core.demo;

/**
 * The demo court's log-in accounts, one per role (documented in README.md and docs/architecture.md). All share
 * the password {@link #PASSWORD}; a real court removes them or changes their passwords.
 */
public final class DemoAccounts {

	public static final String PASSWORD = "ducha123";

	public static final String ADMIN = "admin";
	public static final String DIRECTOR = "director";
	public static final String SUPERVISOR = "supervisor";
	public static final String POLITICAL = "political";
	public static final String INTEGRITY = "integrity";
	public static final String LEADER = "leader";
	public static final String DEPARTMENT_HEAD = "depthead";
	public static final String TRIAL_MANAGEMENT = "trialmgmt";
	public static final String STAFF = "staff";

	private DemoAccounts() {
	}
}
