package ducha.cli.plugins;

import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.CliContext;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ducha-cli plugins enable NAME}: switches a plugin on again for every desktop. */
@Command(name = "enable")
@RequiresPermission(CorePermissions.PLUGINS_ADMIN)
public final class PluginsEnableCommand implements Callable<Integer> {

	private final CliContext cli;

	@Parameters(paramLabel = "NAME")
	String name;

	public PluginsEnableCommand(CliContext cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		cli.service(PluginSwitchService.class).enable(PluginNames.checked(name), cli.actor());
		cli.out().println(NLS.bind(Messages.enabled, name));
		return ExitCodes.OK;
	}
}
