package ducha.team.internal.cli;

import org.osgi.service.component.annotations.Component;

import ducha.cli.GroupCommand;
import ducha.cli.HelpTexts;
import ducha.cli.OnFirstUse;
import ducha.core.directory.DirectoryService;
import ducha.core.spi.CliContribution;
import ducha.team.EvaluationService;
import ducha.team.GroupService;
import ducha.team.MeetingService;
import ducha.team.MentoringService;
import ducha.team.RosterService;
import ducha.team.internal.cli.roster.RosterCommands;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli team …}. Acts, like the rest of {@code ducha-cli}, as the logged-in account
 * ({@link ducha.cli.LoggedIn}); the services check its permissions. Importing and exporting the plugin's ledgers is
 * the platform's {@code ducha-cli ledger}.
 */
@Component
public class TeamCliContribution implements CliContribution {

	// The services on first use, not @Reference: the contribution is registered with its bundle, so that help needs
	// neither the database nor the plugin's persistence unit; a command that runs waits for them (OnFirstUse).
	// roster and groups
	private final RosterService roster = OnFirstUse.service(RosterService.class);

	private final GroupService groups = OnFirstUse.service(GroupService.class);

	// meetings and mentoring
	private final MeetingService meetings = OnFirstUse.service(MeetingService.class);

	private final MentoringService mentoring = OnFirstUse.service(MentoringService.class);

	private final DirectoryService directory = OnFirstUse.service(DirectoryService.class);

	// evaluation and performance archive
	private final EvaluationService evaluations = OnFirstUse.service(EvaluationService.class);

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
		RosterCommands.addTo(group, roster, groups, directory);

		// meetings and mentoring
		group.addSubcommand("meetings", new MeetingsCommand(meetings, directory));
		group.addSubcommand("problems", new ProblemsCommand(meetings, directory));
		group.addSubcommand("minutes", new MinutesCommand(meetings));
		group.addSubcommand("mentoring", new MentoringCommand(mentoring, directory));

		// evaluation and performance archive
		group.addSubcommand("archive", new ArchiveCommand(evaluations));
		group.addSubcommand("evaluate", new EvaluateCommand(evaluations));
		group.addSubcommand("bulletin", new BulletinCommand(evaluations));
		group.addSubcommand("bonus", new BonusCommand(evaluations));

		return HelpTexts.describe(group);
	}
}
