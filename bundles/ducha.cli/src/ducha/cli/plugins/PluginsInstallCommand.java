package ducha.cli.plugins;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.plugins.PluginInstaller;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli plugins install NAME... --repository URL}: installs plugins (or a newer version of them) from a
 * p2 repository into this installation; an installed one is replaced in the same operation. Their tables are
 * created or migrated when they first start.
 */
@Command(name = "install")
@RequiresPermission(CorePermissions.PLUGINS_ADMIN)
public final class PluginsInstallCommand extends PlatformCommand {

	@Option(names = "--repository", paramLabel = "URL", required = true)
	String repository;

	@Parameters(paramLabel = "NAME", arity = "1..*")
	List<String> names;

	@Override
	public Integer call() {
		cli.service(PluginInstaller.class).install(names, repository, cli.actor());
		cli.out().println(NLS.bind(Messages.installed, String.join(", ", names)));
		return ExitCodes.OK;
	}
}
