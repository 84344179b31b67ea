package ducha.cli.internal;

import ducha.cli.GroupCommand;
import ducha.cli.audit.AuditCommand;
import ducha.cli.db.DbCommand;
import ducha.cli.demo.DemoCommand;
import ducha.cli.keys.KeysCommand;
import ducha.cli.modules.ModulesCommand;
import ducha.cli.plugins.PluginsCommand;
import ducha.cli.remind.RemindCommand;
import ducha.cli.run.RunCommand;
import ducha.cli.setup.SetupCommand;
import ducha.cli.users.UsersCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/**
 * {@code ducha-cli}. The ledger groups ({@code staff}, {@code departments}) and the plugins' commands are added
 * by {@link CommandTree}; descriptions come from {@code help.properties}.
 */
@Command(name = CommandTree.NAME, mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
		versionProvider = BundleVersionProvider.class,
		subcommands = { SetupCommand.class, DbCommand.class, UsersCommand.class, ModulesCommand.class,
				PluginsCommand.class, AuditCommand.class,
				KeysCommand.class,
				DemoCommand.class, RemindCommand.class, RunCommand.class, HelpCommand.class })
public final class RootCommand extends GroupCommand {

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
}
