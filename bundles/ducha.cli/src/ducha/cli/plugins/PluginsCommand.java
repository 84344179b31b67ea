package ducha.cli.plugins;

import picocli.CommandLine.Command;

/**
 * {@code ducha-cli plugins}: IT's plugin life cycle. {@code list}, {@code install} and {@code uninstall} change
 * this installation through its p2 director ({@code ducha-p2}); {@code disable} and {@code enable} switch a
 * plugin off and on for the whole court (a setting in the shared database), keeping it installed.
 */
@Command(name = "plugins", subcommands = { PluginsListCommand.class, PluginsInstallCommand.class,
		PluginsUninstallCommand.class, PluginsDisableCommand.class, PluginsEnableCommand.class })
public final class PluginsCommand {
}
