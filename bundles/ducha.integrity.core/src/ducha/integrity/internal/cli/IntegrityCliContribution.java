package ducha.integrity.internal.cli;

import org.osgi.service.component.annotations.Component;

import ducha.cli.GroupCommand;
import ducha.cli.HelpTexts;
import ducha.cli.OnFirstUse;
import ducha.core.ledger.LedgerService;
import ducha.core.spi.CliContribution;
import ducha.integrity.IntegrityReportService;
import ducha.integrity.RiskListService;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli integrity list|import|export|template|report|due|review}. Acts, like the rest of {@code ducha-cli}, as
 * the logged-in account ({@link ducha.cli.LoggedIn}); every archive it reads is audited under that account.
 */
@Component
public class IntegrityCliContribution implements CliContribution {

	// The services on first use, not @Reference: the contribution is registered with its bundle, so that help needs
	// neither the database nor the plugin's persistence unit; a command that runs waits for them (OnFirstUse).
	private final LedgerService ledgers = OnFirstUse.service(LedgerService.class);

	private final RiskListService riskList = OnFirstUse.service(RiskListService.class);

	private final IntegrityReportService reports = OnFirstUse.service(IntegrityReportService.class);

	/** The command group; its subcommands do the work. */
	@Command(name = "integrity")
	static final class Group extends GroupCommand {
	}

	@Override
	public String name() {
		return "integrity";
	}

	@Override
	public Object newCommand() {
		CommandLine group = new CommandLine(new Group());
		group.addSubcommand("list", new LedgerListCommand(ledgers));
		group.addSubcommand("import", new LedgerFileCommand(ledgers, LedgerFileCommand.Action.IMPORT));
		group.addSubcommand("export", new LedgerFileCommand(ledgers, LedgerFileCommand.Action.EXPORT));
		group.addSubcommand("template", new LedgerFileCommand(ledgers, LedgerFileCommand.Action.TEMPLATE));
		group.addSubcommand("report", new ReportCommand(reports));
		group.addSubcommand("due", new DueCommand(riskList));
		group.addSubcommand("review", new ReviewCommand(riskList));
		return HelpTexts.describe(group);
	}
}
