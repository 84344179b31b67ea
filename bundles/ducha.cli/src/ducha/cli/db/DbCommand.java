package ducha.cli.db;

import picocli.CommandLine.Command;

/** {@code ducha-cli db}: administration of the one database. */
@Command(name = "db", subcommands = { DbInfoCommand.class, DbMigrateCommand.class, DbBackupCommand.class,
		DbRestoreCommand.class })
public final class DbCommand {
}
