package ducha.cli.plugins;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.CliContext;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli plugins install NAME... --repository URL}: installs plugins (or a newer version of them) from a
 * p2 repository into this installation. A plugin that is installed already is replaced in the same p2 operation
 * (its old version uninstalled, the repository's installed), so two versions never run side by side. Their
 * tables are created or migrated when they first start.
 */
@Command(name = "install")
@RequiresPermission(CorePermissions.PLUGINS_ADMIN)
public final class PluginsInstallCommand implements Callable<Integer> {

	private final CliContext cli;

	@Option(names = "--repository", paramLabel = "URL", required = true)
	String repository;

	@Parameters(paramLabel = "NAME", arity = "1..*")
	List<String> names;

	public PluginsInstallCommand(CliContext cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		String units = names.stream().map(PluginNames::checked).map(PluginNames::installableUnit)
				.collect(Collectors.joining(","));
		Set<String> installed = InstalledPlugins.of(cli.bundleContext()).keySet();
		String replaced = names.stream().filter(installed::contains).map(PluginNames::installableUnit)
				.collect(Collectors.joining(","));
		P2Director director = P2Director.ofThisInstallation();
		if (replaced.isEmpty()) {
			director.runChecked("-repository", repository, "-installIU", units);
		} else {
			director.runChecked("-repository", repository, "-uninstallIU", replaced, "-installIU", units);
			director.runChecked("-gc");
		}
		cli.out().println(NLS.bind(Messages.installed, String.join(", ", names)));
		return ExitCodes.OK;
	}
}
