package ducha.cli.internal;

import java.util.List;
import java.util.Set;

import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.UserService;
import ducha.core.spi.CliContribution;
import picocli.CommandLine;

/**
 * Finds the plugins' {@link CliContribution}s. A plugin's contribution may register only once its own services
 * are up, i.e. after the database has been opened. So when the command asked for is neither built in nor
 * registered yet, this waits for the core services and then a short grace period before giving up (and picocli
 * reports an unknown command). Before that, the plugins the court switched off are stopped in this runtime
 * ({@link PluginSwitchService#applyToRuntime()}), so that neither their commands nor their reminders, ledgers or
 * report sections are offered.
 */
final class Contributions {

	private static final long GRACE_MILLIS = 3000;
	private static final long POLL_MILLIS = 100;

	/** Commands that work without the database (or repair it): they never wait for the plugin switches. */
	private static final Set<String> WITHOUT_DATABASE = Set.of("modules", "db", "setup");
	/** Help must work with the database down: it applies the switches only when they are readable this soon. */
	private static final long HELP_SWITCH_WAIT_MILLIS = 10_000;

	private Contributions() {
	}

	static List<CliContribution> find(CliContext cli, CommandLine root, String[] args) {
		String wanted = firstCommand(args);
		if (wanted == null && has(args, "-V", "--version") && !has(args, "-h", "--help")) {
			// the version needs nothing of the plugins, nor the database their services wait for
			return List.of();
		}
		if (has(args, "-V", "--version")) {
			// the version needs nothing of the plugins
		} else if (wanted == null || "help".equals(wanted) || has(args, "-h", "--help")) {
			applyPluginSwitchesIfSoonReadable(cli);
		} else if (!WITHOUT_DATABASE.contains(wanted)) {
			applyPluginSwitches(cli);
		}
		if (wanted != null && !"help".equals(wanted) && !has(args, "-h", "--help")
				&& root.getSubcommands().containsKey(wanted)) {
			// a built-in command: asking for the plugins' commands would start every plugin's services (and with
			// them each plugin's persistence unit) for nothing
			return List.of();
		}
		List<CliContribution> found = cli.currentServices(CliContribution.class);
		if (wanted == null || root.getSubcommands().containsKey(wanted) || named(found, wanted)) {
			return found;
		}
		try {
			cli.service(UserService.class);
		} catch (DatabaseUnavailableException e) {
			// the command may still be a typo: let picocli say so; commands that need the database will report it
			return found;
		}
		long deadline = System.currentTimeMillis() + GRACE_MILLIS;
		while (!named(found, wanted) && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			found = cli.currentServices(CliContribution.class);
		}
		return found;
	}

	private static void applyPluginSwitches(CliContext cli) {
		try {
			cli.service(PluginSwitchService.class).applyToRuntime();
		} catch (DatabaseUnavailableException e) {
			// the command itself reports the database's state if it needs it
		}
	}

	private static void applyPluginSwitchesIfSoonReadable(CliContext cli) {
		long deadline = System.currentTimeMillis() + HELP_SWITCH_WAIT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			List<PluginSwitchService> switches = cli.currentServices(PluginSwitchService.class);
			if (!switches.isEmpty()) {
				try {
					switches.get(0).applyToRuntime();
				} catch (RuntimeException e) {
					// the database failed meanwhile: help lists what is installed
				}
				return;
			}
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static boolean has(String[] args, String shortOption, String longOption) {
		for (String arg : args) {
			if (arg.equals(shortOption) || arg.equals(longOption)) {
				return true;
			}
		}
		return false;
	}

	private static boolean named(List<CliContribution> contributions, String name) {
		return contributions.stream().anyMatch(c -> name.equals(c.name()));
	}

	private static String firstCommand(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				return arg;
			}
		}
		return null;
	}
}
