package ducha.cli.plugins;

import ducha.cli.RequiresPermission;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;

/** {@code ducha-cli plugins disable NAME}: switches a plugin off for every desktop; it stays installed. */
@Command(name = "disable")
@RequiresPermission(CorePermissions.PLUGINS_ADMIN)
public final class PluginsDisableCommand extends PluginSwitchCommand {

	@Override
	void apply(PluginSwitchService switches, String plugin, Principal actor) {
		switches.disable(plugin, actor);
	}

	@Override
	String done() {
		return Messages.disabled;
	}
}
