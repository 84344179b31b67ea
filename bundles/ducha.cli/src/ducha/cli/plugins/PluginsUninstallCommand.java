package ducha.cli.plugins;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.plugins.PluginInstaller;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli plugins uninstall NAME...}: removes plugins from this installation and collects the jars no
 * other plugin uses. Their tables and records stay in the database for a later reinstall.
 */
@Command(name = "uninstall")
@RequiresPermission(CorePermissions.PLUGINS_ADMIN)
public final class PluginsUninstallCommand extends PlatformCommand {

	@Parameters(paramLabel = "NAME", arity = "1..*")
	List<String> names;

	@Override
	public Integer call() {
		cli.service(PluginInstaller.class).uninstall(names, cli.actor());
		cli.out().println(NLS.bind(Messages.uninstalled, String.join(", ", names)));
		return ExitCodes.OK;
	}
}
