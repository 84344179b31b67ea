package ducha.integrity.internal.cli;

import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import ducha.core.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help of the {@code ducha-cli integrity} commands, from {@code help.properties} (English) and
 * {@code help_zh_CN.properties} in the command line's language ({@link Language}). The texts are set on the
 * command tree itself: {@code ducha-cli} gives every command its own help bundle, which knows no plugin's keys, so
 * picocli falls back to them. Keys: {@code <command path>.usage.description}, {@code <command path>.<option name>},
 * and for parameters also the plain parameter label ({@code kind}, {@code file}).
 */
final class CliHelp {

	private static final String BUNDLE = "ducha.integrity.internal.cli.help";

	private CliHelp() {
	}

	/** Sets the help texts of the command and its subcommands; returns the command. */
	static CommandLine describe(CommandLine command) {
		ResourceBundle help = ResourceBundle.getBundle(BUNDLE, Language.locale(), CliHelp.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		describe(command, command.getCommandName(), help);
		return command;
	}

	private static void describe(CommandLine command, String path, ResourceBundle help) {
		CommandSpec spec = command.getCommandSpec();
		text(help, path + ".usage.description").ifPresent(text -> spec.usageMessage().description(text));
		for (OptionSpec option : List.copyOf(spec.options())) {
			text(help, path + "." + option.longestName().replaceFirst("^-+", "")).ifPresent(text -> {
				spec.remove(option);
				spec.addOption(option.toBuilder().description(text).build());
			});
		}
		for (PositionalParamSpec parameter : List.copyOf(spec.positionalParameters())) {
			String label = parameter.paramLabel().toLowerCase(java.util.Locale.ROOT);
			text(help, path + "." + label).or(() -> text(help, label)).ifPresent(text -> {
				spec.remove((ArgSpec) parameter);
				spec.addPositional(parameter.toBuilder().description(text).build());
			});
		}
		command.getSubcommands().forEach((name, sub) -> describe(sub, path + "." + name, help));
	}

	private static Optional<String> text(ResourceBundle help, String key) {
		try {
			return Optional.of(help.getString(key));
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
	}
}
