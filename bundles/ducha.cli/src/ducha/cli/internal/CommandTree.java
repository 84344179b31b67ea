package ducha.cli.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ledger.AnyLedgerCommands;
import ducha.cli.ledger.LedgerCommands;
import ducha.core.spi.CliContribution;
import picocli.CommandLine;

/** Builds the command tree of one run: the built-in commands, the ledger groups and the plugins' commands. */
public final class CommandTree {

	public static final String NAME = "ducha-cli";

	/** Ledger kinds that get a top-level command group (import, export, template). */
	private static final List<String> LEDGER_GROUPS = List.of("staff", "departments");

	private CommandTree() {
	}

	public static CommandLine build(CliContext cli, String[] args) {
		ContextFactory factory = new ContextFactory(cli);
		CommandLine root = new CommandLine(new RootCommand(cli.session()), factory);
		for (String kind : LEDGER_GROUPS) {
			root.addSubcommand(kind, LedgerCommands.group(cli, kind, factory));
		}
		root.addSubcommand("ledger", AnyLedgerCommands.group(cli, factory));
		// before the plugins' commands, which inherit it unless they bring their own help (see addContributions)
		ResourceBundle help = CliLanguage.bundle("ducha.cli.internal.help", CommandTree.class.getClassLoader());
		root.setResourceBundle(help);
		Map<String, String> pluginOfCommand = addContributions(root, cli, args, help);
		// set last: these settings reach only the subcommands that exist when they are set
		root.setOut(cli.out());
		root.setErr(cli.err());
		root.setExecutionExceptionHandler(new ErrorHandler());
		root.setExecutionStrategy(new Gatekeeper(cli, new PluginSwitches(cli, pluginOfCommand)));
		return root;
	}

	/**
	 * Adds the plugins' commands. A plugin whose command tree has its own resource bundle (its help in Chinese and
	 * English) gets it over the platform's help, which still describes the options every command inherits.
	 *
	 * @return the plugin of each command added, by name
	 */
	private static Map<String, String> addContributions(CommandLine root, CliContext cli, String[] args,
			ResourceBundle help) {
		Map<String, String> pluginOfCommand = new HashMap<>();
		for (Contributions.Found found : Contributions.find(cli, root, args)) {
			CliContribution contribution = found.contribution();
			String name = contribution.name();
			if (root.getSubcommands().containsKey(name)) {
				cli.err().println(NLS.bind(Messages.contributionDuplicate, name));
				continue;
			}
			try {
				root.addSubcommand(name, contribution.newCommand());
				pluginOfCommand.put(name, found.plugin());
				CommandLine added = root.getSubcommands().get(name);
				ResourceBundle own = added.getResourceBundle();
				if (own != null && own != help) {
					added.setResourceBundle(new HelpBundle(own, help));
				}
			} catch (RuntimeException e) {
				// a broken plugin must not take the other commands down with it
				cli.err().println(NLS.bind(Messages.contributionFailed, name, e.getMessage()));
			}
		}
		return pluginOfCommand;
	}
}
