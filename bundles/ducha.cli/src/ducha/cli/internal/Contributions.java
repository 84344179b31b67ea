package ducha.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.framework.ServiceReference;

import ducha.core.spi.CliContribution;
import picocli.CommandLine;

/**
 * Finds the plugins' {@link CliContribution}s. A contribution holds no references to its plugin's services (see
 * {@link ducha.cli.OnFirstUse}): it is registered as soon as its bundle is, so that help describes every installed
 * plugin's commands without the database. Whether the court switched a plugin off is checked when one of its
 * commands runs ({@link PluginSwitches}), not here.
 */
final class Contributions {

	private static final long GRACE_MILLIS = 3000;
	private static final long POLL_MILLIS = 50;

	/** A plugin's command with the plugin it belongs to (its bundle's {@code Ducha-Module}). */
	record Found(CliContribution contribution, String plugin) {
	}

	private Contributions() {
	}

	static List<Found> find(CliContext cli, CommandLine root, String[] args) {
		String wanted = firstCommand(args);
		boolean help = wanted == null || "help".equals(wanted) || has(args, "-h", "--help");
		if (has(args, "-V", "--version") && !has(args, "-h", "--help")
				|| !help && root.getSubcommands().containsKey(wanted)) {
			// the version and a built-in command need nothing of the plugins
			return List.of();
		}
		List<Found> found = registered(cli);
		// a plugin's bundle may still be on its way up when the framework has just started: a moment's grace for
		// a command not (yet) there; a typo is then reported by picocli
		long deadline = System.currentTimeMillis() + GRACE_MILLIS;
		while (wanted != null && !"help".equals(wanted) && !root.getSubcommands().containsKey(wanted)
				&& !named(found, wanted) && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			found = registered(cli);
		}
		return found;
	}

	private static List<Found> registered(CliContext cli) {
		List<Found> found = new ArrayList<>();
		for (Map.Entry<ServiceReference<CliContribution>, CliContribution> entry : cli
				.registered(CliContribution.class).entrySet()) {
			found.add(new Found(entry.getValue(), PluginSwitches.pluginOf(entry.getKey().getBundle())));
		}
		return found;
	}

	private static boolean has(String[] args, String shortOption, String longOption) {
		for (String arg : args) {
			if (arg.equals(shortOption) || arg.equals(longOption)) {
				return true;
			}
		}
		return false;
	}

	private static boolean named(List<Found> contributions, String name) {
		return contributions.stream().anyMatch(c -> name.equals(c.contribution().name()));
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
