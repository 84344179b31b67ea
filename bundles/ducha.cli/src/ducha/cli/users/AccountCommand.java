package ducha.cli.users;

import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.CliContext;
import ducha.core.security.UserService;
import picocli.CommandLine.Parameters;

/** A command that changes one account named on the command line and says what it did. */
abstract class AccountCommand implements Callable<Integer> {

	final CliContext cli;

	@Parameters(paramLabel = "NAME", descriptionKey = "name")
	String username;

	AccountCommand(CliContext cli) {
		this.cli = cli;
	}

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
