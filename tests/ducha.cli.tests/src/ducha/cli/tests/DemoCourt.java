package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ducha.cli.ExitCodes;
import ducha.core.demo.DemoService;

/**
 * The test runtime's database, filled once through {@code ducha-cli demo} for every test class that needs
 * departments and staff.
 */
final class DemoCourt {

	private static Boolean emptyBeforeDemo;
	private static Cli.Result demoRun;

	private DemoCourt() {
	}

	/** Runs {@code demo} unless a test did already, and checks that the court exists. */
	static synchronized void ensureSeeded() {
		if (demoRun == null) {
			emptyBeforeDemo = Services.get(DemoService.class).isEmpty();
			// a database without accounts: the demo is the first run and needs no log-in
			demoRun = Cli.anonymous("demo");
		}
		if (emptyBeforeDemo) {
			assertEquals(ExitCodes.OK, demoRun.exitCode(), demoRun::toString);
		}
	}

	/** Whether the database was empty when the first test ran (false when a folder of an earlier run is reused). */
	static synchronized boolean wasEmptyBeforeDemo() {
		ensureSeeded();
		return emptyBeforeDemo;
	}

	static synchronized Cli.Result demoRun() {
		ensureSeeded();
		return demoRun;
	}
}
