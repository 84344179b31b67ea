package ducha.cli.internal;

import java.util.List;

import ducha.core.security.UserService;
import ducha.core.spi.CliContribution;
import picocli.CommandLine;

/**
 * Finds the plugins' {@link CliContribution}s. A plugin's contribution may register only once its own services
 * are up, i.e. after the database has been opened. So when the command asked for is neither built in nor
 * registered yet, this waits for the core services and then a short grace period before giving up (and picocli
 * reports an unknown command).
 */
final class Contributions {

	private static final long GRACE_MILLIS = 3000;
	private static final long POLL_MILLIS = 100;

	private Contributions() {
	}

	static List<CliContribution> find(CliContext cli, CommandLine root, String[] args) {
		List<CliContribution> found = cli.currentServices(CliContribution.class);
		String wanted = firstCommand(args);
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
