package ducha.cli.ledger;

import java.nio.file.Path;
import java.util.Comparator;

import ducha.cli.ExitCodes;
import ducha.cli.GroupCommand;
import ducha.cli.internal.CliContext;
import ducha.cli.internal.PlatformCommand;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli ledger kinds|import|export|template KIND FILE}: every ledger kind of the platform and of the
 * installed plugins (a court bringing in its past years needs all of them, not only those with a command of their
 * own). The service checks each kind's permission.
 */
public final class AnyLedgerCommands {

	/** The group only holds the commands. */
	@Command(name = "ledger")
	static final class Group extends GroupCommand {
	}

	/** A command on one kind, named on the command line, and one file. */
	abstract static class KindFileCommand extends PlatformCommand {

		@Parameters(index = "0", paramLabel = "KIND", descriptionKey = "kind")
		String kindId;

		@Parameters(index = "1", paramLabel = "FILE", descriptionKey = "file")
		Path file;

		KindFileCommand(CliContext cli) {
			super(cli);
		}
	}

	@Command(name = "import")
	static final class Import extends KindFileCommand {

		@Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "sheet")
		String sheet;

		Import(CliContext cli) {
			super(cli);
		}

		@Override
		public Integer call() {
			return LedgerImportCommand.run(cli, kindId, file, sheet);
		}
	}

	@Command(name = "export")
	static final class Export extends KindFileCommand {
		Export(CliContext cli) {
			super(cli);
		}

		@Override
		public Integer call() {
			return LedgerExportCommand.run(cli, kindId, file);
		}
	}

	@Command(name = "template")
	static final class Template extends KindFileCommand {
		Template(CliContext cli) {
			super(cli);
		}

		@Override
		public Integer call() {
			return LedgerTemplateCommand.run(cli, kindId, file);
		}
	}

	/** The kinds installed now: id and name, one per line. */
	@Command(name = "kinds")
	static final class Kinds extends PlatformCommand {
		Kinds(CliContext cli) {
			super(cli);
		}

		@Override
		public Integer call() {
			cli.service(LedgerService.class).kinds().stream().sorted(Comparator.comparing(LedgerKind::id))
					.forEach(kind -> cli.out().println(kind.id() + "\t" + kind.label()));
			return ExitCodes.OK;
		}
	}

	private AnyLedgerCommands() {
	}

	public static CommandLine group(CliContext cli, IFactory factory) {
		CommandLine group = new CommandLine(new Group(), factory);
		group.addSubcommand("kinds", new Kinds(cli));
		group.addSubcommand("import", new Import(cli));
		group.addSubcommand("export", new Export(cli));
		group.addSubcommand("template", new Template(cli));
		return group;
	}
}
