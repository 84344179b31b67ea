package ducha.cli;

import ducha.cli.internal.RootCommand;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * picocli mixin for every command of the platform and of the plugins: {@code @Mixin LoggedIn login;} and then
 * {@code login.principal()} is the account this run of {@code ducha-cli} is logged in as. The log-in itself
 * ({@code DUCHA_USER}/{@code DUCHA_PASSWORD}, {@code --credentials FILE}, {@code --user NAME [--password-stdin]})
 * happens once, before any command runs; a command is never reached without it, so plugins hold no log-in code
 * of their own.
 */
@Command // picocli takes a class without option and without @Command for no mixin at all
public final class LoggedIn {

	@Spec(Spec.Target.MIXEE)
	CommandSpec command;

	/**
	 * @throws IllegalStateException when the command is run outside {@code ducha-cli} or is one of the few that run
	 *                               without log-in (set-up)
	 */
	public Principal principal() {
		if (command != null && command.root().userObject() instanceof RootCommand root) {
			return root.session().principal();
		}
		throw new IllegalStateException("not run by ducha-cli: " + (command == null ? "?" : command.qualifiedName()));
	}
}
