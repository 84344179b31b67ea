package ducha.cli.plugins;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.cli.internal.TextTable;
import ducha.core.plugins.DisabledPlugin;
import ducha.core.plugins.PluginInstaller;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli plugins list [--repository URL]}: the installed plugins with name, version and state (running,
 * switched off by whom and when, installed but not started), and with {@code --repository} the plugins that
 * repository offers and their versions.
 */
@Command(name = "list")
@RequiresPermission(CorePermissions.PLUGINS_ADMIN)
public final class PluginsListCommand extends PlatformCommand {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	@Option(names = "--repository", paramLabel = "URL")
	String repository;

	@Override
	public Integer call() {
		Map<String, DisabledPlugin> disabled = cli.service(PluginSwitchService.class).disabled();
		Map<String, String> available = repository == null ? Map.of()
				: cli.service(PluginInstaller.class).offered(repository, cli.actor());
		Map<String, InstalledPlugins.Plugin> installed = InstalledPlugins.of(cli.bundleContext());
		TextTable table = repository == null
				? new TextTable(Messages.headerPlugin, Messages.headerName, Messages.headerVersion, Messages.headerState)
				: new TextTable(Messages.headerPlugin, Messages.headerName, Messages.headerVersion, Messages.headerState,
						Messages.headerAvailable);
		Map<String, String> ids = new TreeMap<>();
		installed.keySet().forEach(id -> ids.put(id, id));
		available.keySet().forEach(id -> ids.put(id, id));
		for (String id : ids.keySet()) {
			InstalledPlugins.Plugin plugin = installed.get(id);
			String state = state(plugin, disabled.get(id));
			String name = plugin == null ? "" : plugin.name();
			String version = plugin == null ? "" : plugin.version();
			if (repository == null) {
				table.row(id, name, version, state);
			} else {
				table.row(id, name, version, state, available.getOrDefault(id, ""));
			}
		}
		table.print(cli.out());
		return ExitCodes.OK;
	}

	private static String state(InstalledPlugins.Plugin plugin, DisabledPlugin off) {
		if (off != null) {
			return NLS.bind(plugin == null ? Messages.stateDisabledNotInstalled : Messages.stateDisabled,
					off.disabledBy(), WHEN.format(off.disabledAt()));
		}
		if (plugin == null) {
			return Messages.stateNotInstalled;
		}
		return plugin.running() ? Messages.stateRunning : Messages.stateStopped;
	}
}
