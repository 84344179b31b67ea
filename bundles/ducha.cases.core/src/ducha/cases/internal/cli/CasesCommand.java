package ducha.cases.internal.cli;

import ducha.cli.GroupCommand;
import ducha.cli.HelpTexts;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli cases}: the case register (import, export), the long-pending watch list, supervision-order
 * reminders and escalation, case bulletins as documents, and the review ledgers.
 */
@Command(name = "cases")
public final class CasesCommand extends GroupCommand {

	/** The command tree with its services; picocli instantiates nothing itself. */
	static CommandLine create(CliServices services) {
		CommandLine root = new CommandLine(new CasesCommand());
		root.addSubcommand(new ImportCommand(services));
		root.addSubcommand(new ExportCommand(services));
		root.addSubcommand(new WatchListCommand(services));
		root.addSubcommand(new RemindCommand(services));
		root.addSubcommand(new BulletinsCommand(services));
		root.addSubcommand(new BulletinCommand(services));
		CommandLine ledger = new CommandLine(new LedgerCommand.Group());
		ledger.addSubcommand(new LedgerCommand.Import(services));
		ledger.addSubcommand(new LedgerCommand.Export(services));
		ledger.addSubcommand(new LedgerCommand.Template(services));
		root.addSubcommand(ledger);
		root.setCaseInsensitiveEnumValuesAllowed(true);
		return HelpTexts.describe(root);
	}
}
