package ducha.cli.modules;

import java.util.Arrays;
import java.util.Comparator;

import org.osgi.framework.Bundle;

import ducha.cli.ExitCodes;
import ducha.cli.internal.PlatformCommand;
import ducha.cli.internal.TextTable;
import ducha.core.Modules;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli modules}: the Ducha bundles (those carrying the {@code Ducha-Module} header) of the command
 * line's framework with their plugin, version and state: the installation's, less the workbench's UI bundles, which
 * the {@code ducha-cli} script leaves out of it ({@code ducha-cli.exclude}). Like every command it needs a log-in
 * (any account); it reads no records.
 */
@Command(name = "modules")
public final class ModulesCommand extends PlatformCommand {

	@Override
	public Integer call() {
		TextTable table = new TextTable(Messages.headerModule, Messages.headerBundle, Messages.headerVersion,
				Messages.headerState);
		Arrays.stream(cli.bundleContext().getBundles()).filter(b -> module(b) != null)
				.sorted(Comparator.comparing(ModulesCommand::module).thenComparing(Bundle::getSymbolicName))
				.forEach(b -> table.row(module(b), b.getSymbolicName(), b.getVersion().toString(), state(b)));
		table.print(cli.out());
		return ExitCodes.OK;
	}

	private static String module(Bundle bundle) {
		// "" asks for the raw header: the value is an id, not a label to localise
		return bundle.getHeaders("").get(Modules.HEADER);
	}

	private static String state(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.ACTIVE -> Messages.stateActive;
		case Bundle.STARTING -> Messages.stateStarting;
		case Bundle.STOPPING -> Messages.stateStopping;
		case Bundle.RESOLVED -> Messages.stateResolved;
		case Bundle.INSTALLED -> Messages.stateInstalled;
		default -> Messages.stateUninstalled;
		};
	}
}
