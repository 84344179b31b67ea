package ducha.cli.plugins;

import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.CliContext;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.Principal;
import picocli.CommandLine.Parameters;

/** {@code plugins disable|enable NAME}: one plugin switched for every desktop, then a line saying so. */
abstract class PluginSwitchCommand implements Callable<Integer> {

	private final CliContext cli;

	@Parameters(paramLabel = "NAME")
	String name;

	PluginSwitchCommand(CliContext cli) {
		this.cli = cli;
	}

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
