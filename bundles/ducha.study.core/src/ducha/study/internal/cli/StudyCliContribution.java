package ducha.study.internal.cli;

import org.osgi.service.component.annotations.Component;

import ducha.cli.GroupCommand;
import ducha.cli.HelpTexts;
import ducha.cli.OnFirstUse;
import ducha.core.directory.DirectoryService;
import ducha.core.spi.CliContribution;
import ducha.study.ReviewService;
import ducha.study.TestService;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli study …}. Acts, like the rest of {@code ducha-cli}, as the logged-in account
 * ({@link ducha.cli.LoggedIn}); the services check its permissions.
 */
@Component
public class StudyCliContribution implements CliContribution {

	// The services on first use, not @Reference: the contribution is registered with its bundle, so that help needs
	// neither the database nor the plugin's persistence unit; a command that runs waits for them (OnFirstUse).
	/* study records and monthly reviews */
	private final ReviewService reviews = OnFirstUse.service(ReviewService.class);

	/* quarterly tests and make-ups */
	private final TestService tests = OnFirstUse.service(TestService.class);

	private final DirectoryService directory = OnFirstUse.service(DirectoryService.class);

	/** The command group; its subcommands do the work. */
	@Command(name = "study")
	static final class Group extends GroupCommand {
	}

	@Override
	public String name() {
		return "study";
	}

	@Override
	public Object newCommand() {
		CommandLine group = new CommandLine(new Group());
		group.addSubcommand("assign", new AssignCommand(reviews, directory));
		group.addSubcommand("reviews", new ReviewsCommand(reviews, directory));
		group.addSubcommand("feedback", new FeedbackCommand(reviews, directory));
		group.addSubcommand("import-scores", new ImportScoresCommand(tests));
		group.addSubcommand("makeups", new MakeupsCommand(tests, directory));
		group.addSubcommand("score-sheet", new ScoreSheetCommand(tests));
		group.addSubcommand("paper", new PaperCommand(tests));
		return HelpTexts.describe(group);
	}
}
