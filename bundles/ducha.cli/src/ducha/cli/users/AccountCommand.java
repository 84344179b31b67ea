package ducha.cli.users;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.PlatformCommand;
import ducha.core.security.UserService;
import picocli.CommandLine.Parameters;

/** A command that changes one account named on the command line and says what it did. */
abstract class AccountCommand extends PlatformCommand {

	@Parameters(paramLabel = "NAME", descriptionKey = "name")
	String username;

	@Override
	public Integer call() {
		change(cli.service(UserService.class));
		cli.out().println(NLS.bind(done(), username));
		return ExitCodes.OK;
	}

	/** The change; the service checks the permission, refuses the last administrator and audits. */
	abstract void change(UserService users);

	/** The message after the change, with the account as {0}. */
	abstract String done();
}
