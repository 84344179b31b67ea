package ducha.cli;

import java.util.ResourceBundle;

import ducha.core.Language;
import picocli.CommandLine;

/**
 * A plugin's usage help for {@code ducha-cli}: {@code help.properties} (English) and {@code help_zh_CN.properties}
 * (Chinese) in the package of the plugin's command group, in the language of the cores' texts ({@link Language}:
 * Chinese unless English is chosen). Keys as picocli reads them: {@code ducha-cli.<group>.<command>.usage.description},
 * {@code ducha-cli.<group>.<command>.<option name>}, and the {@code descriptionKey} of parameters shared by several
 * commands. {@code ducha-cli} lays the platform's help under it, so the options every command inherits (log-in,
 * {@code --help}) keep their descriptions. Descriptions are never written into the {@code @Command} annotations:
 * they would be in one language only.
 */
public final class HelpTexts {

	private HelpTexts() {
	}

	/**
	 * Gives the command group and its subcommands the help bundle beside the group's class; returns the group.
	 * Call it after the subcommands are added: picocli hands the bundle to the subcommands that exist then.
	 */
	public static CommandLine describe(CommandLine group) {
		Class<?> anchor = group.getCommandSpec().userObject().getClass();
		group.setResourceBundle(ResourceBundle.getBundle(anchor.getPackageName() + ".help", Language.locale(),
				anchor.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
		return group;
	}
}
