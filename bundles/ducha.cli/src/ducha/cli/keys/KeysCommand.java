package ducha.cli.keys;

import picocli.CommandLine.Command;

/** {@code ducha-cli keys}: the office's recovery key and grants made again (envelope encryption). */
@Command(name = "keys", subcommands = { KeysRecoveryExportCommand.class, KeysRegrantCommand.class })
public final class KeysCommand {
}
