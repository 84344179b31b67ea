package ducha.cli.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import ducha.core.DuchaException;
import ducha.core.Modules;
import ducha.core.plugins.DisabledPlugin;
import ducha.core.plugins.PluginSwitchService;

/**
 * The court's plugin switches, applied when a command runs (help lists every installed plugin's commands and
 * needs no database): the runtime is made to match them ({@link PluginSwitchService#applyToRuntime()}, so that a
 * switched-off plugin's reminders, ledgers and report section are left out of every command), and a command of a
 * switched-off plugin is refused with the reason.
 */
final class PluginSwitches {

	/** Commands that work without the database (or repair it): they never read the switches. */
	private static final Set<String> WITHOUT_DATABASE = Set.of("modules", "db", "setup");

	private final CliContext cli;
	/** The plugin of each plugin command of this run's tree, by command name. */
	private final Map<String, String> pluginOfCommand;

	PluginSwitches(CliContext cli, Map<String, String> pluginOfCommand) {
		this.cli = cli;
		this.pluginOfCommand = Map.copyOf(pluginOfCommand);
	}

	/** The plugin a bundle belongs to ({@code Ducha-Module}; the platform's when it names none). */
	static String pluginOf(Bundle bundle) {
		String module = bundle.getHeaders("").get(Modules.HEADER);
		return module == null || module.isBlank() ? PluginSwitchService.PLATFORM : module.strip();
	}

	/**
	 * Applies the switches before the top-level command runs.
	 *
	 * @throws DuchaException               when the command belongs to a plugin the court switched off
	 * @throws DatabaseUnavailableException when the switches cannot be read
	 */
	void beforeRunning(String command) {
		if (WITHOUT_DATABASE.contains(command)) {
			return;
		}
		PluginSwitchService switches = cli.service(PluginSwitchService.class);
		switches.applyToRuntime();
		String plugin = pluginOfCommand.get(command);
		DisabledPlugin off = plugin == null ? null : switches.disabled().get(plugin);
		if (off != null) {
			throw new DuchaException(NLS.bind(Messages.pluginSwitchedOff, new Object[] { command, plugin,
					off.disabledBy(), LocalDateTime.ofInstant(off.disabledAt(), ZoneId.systemDefault())
							.truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ') }));
		}
	}
}
