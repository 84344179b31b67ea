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

/** {@code ducha-cli plugins disable NAME}: switches a plugin off for every desktop; it stays installed. */
@Command(name = "disable")
@RequiresPermission(CorePermissions.PLUGINS_ADMIN)
public final class PluginsDisableCommand implements Callable<Integer> {

	private final CliContext cli;

	@Parameters(paramLabel = "NAME")
	String name;

	public PluginsDisableCommand(CliContext cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		cli.service(PluginSwitchService.class).disable(PluginNames.checked(name), cli.actor());
		cli.out().println(NLS.bind(Messages.disabled, name));
		return ExitCodes.OK;
	}
}
