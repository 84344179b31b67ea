package ducha.cli.plugins;

import ducha.cli.RequiresPermission;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;

/** {@code ducha-cli plugins enable NAME}: switches a plugin on again for every desktop. */
@Command(name = "enable")
@RequiresPermission(CorePermissions.PLUGINS_ADMIN)
public final class PluginsEnableCommand extends PluginSwitchCommand {

	@Override
	void apply(PluginSwitchService switches, String plugin, Principal actor) {
		switches.enable(plugin, actor);
	}

	@Override
	String done() {
		return Messages.enabled;
	}
}
