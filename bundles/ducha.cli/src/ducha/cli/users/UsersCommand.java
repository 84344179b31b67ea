package ducha.cli.users;

import picocli.CommandLine.Command;

/** {@code ducha-cli users}: log-in accounts. */
@Command(name = "users", subcommands = { UsersAddCommand.class, UsersListCommand.class, UsersPasswdCommand.class,
		UsersDisableCommand.class, UsersEnableCommand.class, UsersRemoveCommand.class })
public final class UsersCommand {
}
