package ducha.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import ducha.cli.DuchaCli;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every command {@code ducha-cli} offers right now (built in and contributed by the installed plugins), each as a
 * command line that parses: its path and a made-up value for every required parameter and option. Files named
 * in them lie in a given folder, so a test can check that nothing was written there.
 */
final class CommandLines {

	/** A command's path ({@code db restore}) and made-up arguments. */
	record Line(String path, List<String> arguments) {

		String[] args() {
			List<String> all = new ArrayList<>(List.of(path.split(" ")));
			all.addAll(arguments);
			return all.toArray(String[]::new);
		}
	}

	private CommandLines() {
	}

	/**
	 * One runnable command line per leaf command, e.g. {@code db restore <folder>/arg-0.csv}.
	 *
	 * @throws AssertionError when a plugin's command could not be added to the tree
	 */
	static List<Line> all(Path folder) {
		StringWriter printed = new StringWriter();
		List<Line> lines = new DuchaCli(new ByteArrayInputStream(new byte[0]), Map.of()).inspect(root -> {
			List<Line> found = new ArrayList<>();
			collect(root, List.of(), folder, found);
			return found;
		}, new PrintWriter(printed), new PrintWriter(printed));
		if (!printed.toString().isBlank()) {
			throw new AssertionError("building the command tree: " + printed);
		}
		return lines;
	}

	private static void collect(CommandLine command, List<String> path, Path folder, List<Line> lines) {
		Map<String, CommandLine> subcommands = command.getSubcommands();
		if (subcommands.isEmpty()) {
			lines.add(new Line(String.join(" ", path), arguments(command.getCommandSpec(), folder)));
			return;
		}
		subcommands.forEach((name, sub) -> {
			// aliases are keys too: take each command under its own name once
			if (name.equals(sub.getCommandName())) {
				List<String> subPath = new ArrayList<>(path);
				subPath.add(name);
				collect(sub, subPath, folder, lines);
			}
		});
	}

	private static List<String> arguments(CommandSpec spec, Path folder) {
		List<String> args = new ArrayList<>();
		for (OptionSpec option : spec.options()) {
			if (option.required() && option.group() == null && !option.inherited()) {
				addOption(option, folder, args);
			}
		}
		for (ArgGroupSpec group : spec.argGroups()) {
			if (group.multiplicity().min() > 0) {
				addGroup(group, folder, args);
			}
		}
		for (PositionalParamSpec parameter : spec.positionalParameters()) {
			if (parameter.arity().min() > 0 && parameter.group() == null) {
				for (int i = 0; i < parameter.arity().min(); i++) {
					args.add(value(parameter, folder, args.size()));
				}
			}
		}
		return args;
	}

	private static void addGroup(ArgGroupSpec group, Path folder, List<String> args) {
		Collection<OptionSpec> options = group.options();
		if (group.exclusive()) {
			addOption(options.iterator().next(), folder, args);
		} else {
			options.stream().filter(OptionSpec::required).forEach(o -> addOption(o, folder, args));
		}
		group.subgroups().stream().filter(g -> g.multiplicity().min() > 0).forEach(g -> addGroup(g, folder, args));
	}

	private static void addOption(OptionSpec option, Path folder, List<String> args) {
		args.add(option.longestName());
		if (option.arity().max() > 0) {
			args.add(value(option, folder, args.size()));
		}
	}

	/** A value the parser accepts for the parameter's type. */
	private static String value(ArgSpec arg, Path folder, int index) {
		Class<?> type = arg.auxiliaryTypes().length > 0 && arg.isMultiValue() ? arg.auxiliaryTypes()[0] : arg.type();
		if (Path.class.isAssignableFrom(type) || File.class.isAssignableFrom(type)) {
			return folder.resolve("arg-" + index + ".csv").toString();
		}
		if (type == LocalDate.class) {
			return "2024-01-01";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "1";
		}
		if (type.isEnum()) {
			return ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		return "x";
	}
}
