package ducha.app.internal.startup;

/**
 * Whether this start may fill an empty database with the demo court: only when asked with
 * {@code -Dducha.demo=true} (releng/scripts/start-workbench.sh does, with its own data folder). A court's real
 * installation starts empty and creates its first administrator instead.
 */
final class DemoMode {

	static final String PROPERTY = "ducha.demo";

	private DemoMode() {
	}

	static boolean requested() {
		return Boolean.parseBoolean(System.getProperty(PROPERTY, "false").strip());
	}
}
