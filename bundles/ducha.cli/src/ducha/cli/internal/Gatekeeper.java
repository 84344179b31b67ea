package ducha.cli.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.cli.users.UsersPasswdCommand;
import ducha.core.security.UserService;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * Stands between the parsed command line and every command, built in or contributed by a plugin: help and
 * version are answered, a group without its command shows its usage, and everything else runs only after the
 * log-in succeeded, the court's plugin switches are applied ({@link PluginSwitches}: a switched-off plugin's
 * command is refused) and the account holds the command's {@link RequiresPermission}. Because it is the only way to
 * a command, a new command cannot forget the log-in; only the platform's {@link FirstRun} commands may skip it
 * while no account exists.
 */
final class Gatekeeper implements IExecutionStrategy {

	private static final ILog LOG = ILog.of(Gatekeeper.class);

	private final CliContext cli;
	private final PluginSwitches switches;
	private final ErrorHandler errors = new ErrorHandler();

	Gatekeeper(CliContext cli, PluginSwitches switches) {
		this.cli = cli;
		this.switches = switches;
	}

	@Override
	public int execute(ParseResult parseResult) {
		Integer help = CommandLine.executeHelpRequest(parseResult);
		if (help != null) {
			return help;
		}
		List<CommandLine> invoked = parseResult.asCommandLineList();
		CommandLine command = invoked.get(invoked.size() - 1);
		if (!command.getSubcommands().isEmpty()) {
			// a group only lists its commands: never run a group's own code, which might do more
			command.usage(command.getErr());
			return ExitCodes.USAGE;
		}
		cli.warnAboutSettings();
		try {
			if (needsLogin(command.getCommand())) {
				Principal principal = logIn();
				requireOwnPassword(command.getCommand(), principal);
			}
			// after the log-in: who may not log in learns nothing of the court's switches
			if (!(command.getCommand() instanceof HelpCommand)) {
				switches.beforeRunning(invoked.get(1).getCommandName());
			}
			if (needsLogin(command.getCommand())) {
				checkPermission(command.getCommand(), cli.session().principal());
			}
		} catch (RuntimeException e) {
			return errors.handleExecutionException(e, command, parseResult);
		}
		try {
			return new RunLast().execute(parseResult);
		} catch (Error e) {
			// picocli hands only Exceptions to the execution exception handler: an OutOfMemoryError (or any Error)
			// would leave the application with exit status 0 and nothing said
			return ErrorHandler.failed(e, parseResult.originalArgs(), command.getErr());
		}
	}

	private static boolean needsLogin(Object command) {
		if (command instanceof HelpCommand) {
			return false;
		}
		return !(command instanceof FirstRun firstRun && firstRun.runsWithoutLogin());
	}

	private Principal logIn() {
		UserService users = cli.service(UserService.class);
		if (!cli.session().loggedIn()) {
			// once per run: the commands of a batch come after its one log-in
			cli.session().logIn(users);
			warnAboutDemoAccounts(users);
		}
		return cli.session().principal();
	}

	/** Every run says so while an account with the published demo password can log in. */
	private void warnAboutDemoAccounts(UserService users) {
		List<String> demo = users.demoAccounts();
		if (!demo.isEmpty()) {
			String names = String.join(", ", demo);
			LOG.warn("The database holds demo accounts with the published password: " + names);
			cli.err().println(NLS.bind(Messages.demoAccounts, names));
		}
	}

	/** An account whose password an administrator set may only replace it (the workbench asks the same). */
	private void requireOwnPassword(Object command, Principal principal) {
		boolean changingOwn = command instanceof UsersPasswdCommand passwd && passwd.changes(principal.username());
		if (!changingOwn && cli.service(UserService.class).passwordChangeRequired(principal.username())) {
			throw new LoginRefusedException(NLS.bind(Messages.passwordChangeFirst, principal.username()));
		}
	}

	private void checkPermission(Object command, Principal principal) {
		RequiresPermission required = command.getClass().getAnnotation(RequiresPermission.class);
		if (required != null) {
			cli.service(AuthorizationService.class).check(principal, required.value());
		}
	}
}
