package ducha.cli.plugins;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.PlatformCommand;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.Principal;
import picocli.CommandLine.Parameters;

/** {@code plugins disable|enable NAME}: one plugin switched for every desktop, then a line saying so. */
abstract class PluginSwitchCommand extends PlatformCommand {

	@Parameters(paramLabel = "NAME")
	String name;

	/** Switches the plugin; the service checks the permission and applies it to this runtime. */
	abstract void apply(PluginSwitchService switches, String plugin, Principal actor);

	/** The line printed afterwards, with {0} for the plugin. */
	abstract String done();

	@Override
	public Integer call() {
		apply(cli.service(PluginSwitchService.class), name, cli.actor());
		cli.out().println(NLS.bind(done(), name));
		return ExitCodes.OK;
	}
}
