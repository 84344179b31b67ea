package ducha.study.internal.cli;

import org.osgi.service.component.annotations.Component;

import ducha.cli.GroupCommand;
import ducha.cli.HelpTexts;
import ducha.core.spi.CliContribution;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli study …}. Acts, like the rest of {@code ducha-cli}, as the logged-in account
 * ({@link ducha.cli.LoggedIn}); the services check its permissions.
 */
@Component
public class StudyCliContribution implements CliContribution {

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
		return HelpTexts.describe(group);
	}
}
