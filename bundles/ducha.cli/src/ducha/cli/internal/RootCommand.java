package ducha.cli.internal;

import java.util.concurrent.Callable;

import ducha.cli.ExitCodes;
import ducha.cli.db.DbCommand;
import ducha.cli.demo.DemoCommand;
import ducha.cli.modules.ModulesCommand;
import ducha.cli.plugins.PluginsCommand;
import ducha.cli.remind.RemindCommand;
import ducha.cli.setup.SetupCommand;
import ducha.cli.users.UsersCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ducha-cli}. The ledger groups ({@code staff}, {@code departments}) and the plugins' commands are added
 * by {@link CommandTree}; descriptions come from {@code help.properties}.
 */
@Command(name = CommandTree.NAME, mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
		versionProvider = BundleVersionProvider.class,
		subcommands = { SetupCommand.class, DbCommand.class, UsersCommand.class, ModulesCommand.class,
				PluginsCommand.class,
				DemoCommand.class, RemindCommand.class, HelpCommand.class })
public final class RootCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	private final Session session;

	/** The log-in options, inherited by every subcommand; their values land here whichever command names them. */
	@Mixin
	private LoginOptions login;

	public RootCommand(Session session) {
		this.session = session;
		this.login = session.options();
	}

	/** The log-in of this run, for {@link ducha.cli.LoggedIn}. */
	public Session session() {
		return session;
	}

	/** Without a command there is nothing to do: show what there is. */
	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}
}
