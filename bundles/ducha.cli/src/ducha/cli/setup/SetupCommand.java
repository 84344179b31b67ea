package ducha.cli.setup;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.FirstRun;
import ducha.cli.internal.Passwords;
import ducha.cli.internal.PlatformCommand;
import ducha.core.security.Principal;
import ducha.core.security.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli setup --admin NAME [--password-stdin]}: the first run on a court's empty database creates its
 * first administrator, who then logs in and creates the other accounts. It runs without log-in because nobody can
 * log in yet, and it refuses once any account exists (the user service checks in the same transaction), so it
 * cannot be used to add an administrator to a court that has one.
 */
@Command(name = "setup")
public final class SetupCommand extends PlatformCommand implements FirstRun {

	@Option(names = "--admin", required = true, paramLabel = "NAME", descriptionKey = "admin")
	String admin;

	@Option(names = "--display-name", paramLabel = "TEXT", descriptionKey = "display-name")
	String displayName;

	@Override
	public boolean runsWithoutLogin() {
		return true;
	}

	@Override
	public Integer call() {
		UserService users = cli.service(UserService.class);
		if (users.hasAccounts()) {
			// asked before the password, so that nobody types one in vain
			cli.err().println(Messages.accountsExist);
			return ExitCodes.REJECTED;
		}
		char[] password = cli.session().passwordFromStdin() ? cli.session().stdinLine(Messages.passwordName)
				: Passwords.typeTwice(admin);
		Principal created;
		try {
			created = users.createFirstAdministrator(admin, displayName, password);
		} finally {
			Arrays.fill(password, '\0');
		}
		cli.out().println(NLS.bind(Messages.created, created.username()));
		return ExitCodes.OK;
	}
}
