package ducha.cli.ledger;

import ducha.cli.internal.CliContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * The command group of one ledger kind: {@code ducha-cli <kind> import|export|template FILE}, e.g.
 * {@code ducha-cli staff import 名册.csv}. The kind id is the command name.
 */
public final class LedgerCommands {

	/** The group itself only holds the three commands. */
	@Command
	static final class Group {
	}

	private LedgerCommands() {
	}

	public static CommandLine group(CliContext cli, String kindId, IFactory factory) {
		CommandLine group = new CommandLine(new Group(), factory);
		group.addSubcommand("import", new LedgerImportCommand(cli, kindId));
		group.addSubcommand("export", new LedgerExportCommand(cli, kindId));
		group.addSubcommand("template", new LedgerTemplateCommand(cli, kindId));
		return group;
	}
}
