package ducha.study.internal.cli;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cli.GroupCommand;
import ducha.cli.HelpTexts;
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

	/* study records and monthly reviews */
	@Reference
	private ReviewService reviews;

	/* quarterly tests and make-ups */
	@Reference
	private TestService tests;

	@Reference
	private DirectoryService directory;

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
