package ducha.inspections.internal.cli;

import org.osgi.service.component.annotations.Component;

import ducha.cli.GroupCommand;
import ducha.cli.HelpTexts;
import ducha.cli.OnFirstUse;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerService;
import ducha.core.spi.CliContribution;
import ducha.inspections.BulletinService;
import ducha.inspections.InspectionService;
import ducha.inspections.PlanService;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli inspections …}. Acts, like the rest of {@code ducha-cli}, as the logged-in account
 * ({@link ducha.cli.LoggedIn}); the services check its permissions.
 */
@Component
public class InspectionsCliContribution implements CliContribution {

	// The services on first use, not @Reference: the contribution is registered with its bundle, so that help needs
	// neither the database nor the plugin's persistence unit; a command that runs waits for them (OnFirstUse).
	private final PlanService plans = OnFirstUse.service(PlanService.class);

	private final InspectionService inspections = OnFirstUse.service(InspectionService.class);

	private final BulletinService bulletins = OnFirstUse.service(BulletinService.class);

	private final DirectoryService directory = OnFirstUse.service(DirectoryService.class);

	private final LedgerService ledgers = OnFirstUse.service(LedgerService.class);

	/** The command group; its subcommands do the work. */
	@Command(name = "inspections")
	static final class Group extends GroupCommand {
	}

	@Override
	public String name() {
		return "inspections";
	}

	@Override
	public Object newCommand() {
		CommandLine group = new CommandLine(new Group());
		group.addSubcommand("plan", new PlanCommand(plans));
		group.addSubcommand("due", new DueCommand(plans));
		group.addSubcommand("list", new ListCommand(inspections, directory));
		group.addSubcommand("bulletin", new BulletinCommand(bulletins));
		group.addSubcommand("import", new LedgerCommand(ledgers, true));
		group.addSubcommand("export", new LedgerCommand(ledgers, false));
		return HelpTexts.describe(group);
	}
}
