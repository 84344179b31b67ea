package ducha.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

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
		addContributions(root, cli, args);
		// set last: these settings reach only the subcommands that exist when they are set
		root.setResourceBundle(CliLanguage.bundle("ducha.cli.internal.help", CommandTree.class.getClassLoader()));
		root.setOut(cli.out());
		root.setErr(cli.err());
		root.setExecutionExceptionHandler(new ErrorHandler());
		root.setExecutionStrategy(new Gatekeeper(cli));
		return root;
	}

	private static void addContributions(CommandLine root, CliContext cli, String[] args) {
		for (CliContribution contribution : Contributions.find(cli, root, args)) {
			String name = contribution.name();
			if (root.getSubcommands().containsKey(name)) {
				cli.err().println(NLS.bind(Messages.contributionDuplicate, name));
				continue;
			}
			try {
				root.addSubcommand(name, contribution.newCommand());
			} catch (RuntimeException e) {
				// a broken plugin must not take the other commands down with it
				cli.err().println(NLS.bind(Messages.contributionFailed, name, e.getMessage()));
			}
		}
	}
}
