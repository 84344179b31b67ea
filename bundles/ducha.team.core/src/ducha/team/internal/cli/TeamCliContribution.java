package ducha.team.internal.cli;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cli.GroupCommand;
import ducha.cli.HelpTexts;
import ducha.core.spi.CliContribution;
import ducha.team.EvaluationService;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli team …}. Acts, like the rest of {@code ducha-cli}, as the logged-in account
 * ({@link ducha.cli.LoggedIn}); the services check its permissions. Importing and exporting the plugin's ledgers is
 * the platform's {@code ducha-cli ledger}.
 */
@Component
public class TeamCliContribution implements CliContribution {

	// evaluation and performance archive
	@Reference
	private EvaluationService evaluations;

	/** The command group; its subcommands do the work. */
	@Command(name = "team")
	static final class Group extends GroupCommand {
	}

	@Override
	public String name() {
		return "team";
	}

	@Override
	public Object newCommand() {
		CommandLine group = new CommandLine(new Group());
		// roster and groups

		// meetings and mentoring

		// evaluation and performance archive
		group.addSubcommand("archive", new ArchiveCommand(evaluations));
		group.addSubcommand("evaluate", new EvaluateCommand(evaluations));
		group.addSubcommand("bulletin", new BulletinCommand(evaluations));
		group.addSubcommand("bonus", new BonusCommand(evaluations));

		return HelpTexts.describe(group);
	}
}
