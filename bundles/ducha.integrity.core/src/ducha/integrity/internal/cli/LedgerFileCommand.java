package ducha.integrity.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import ducha.integrity.internal.Messages;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli integrity import|export|template KIND FILE}: ledger files (.xlsx or .csv). Each subcommand
 * checks its file and does its one call of the ledger service; the result line is printed here.
 */
abstract class LedgerFileCommand extends IntegrityCommand {

	final LedgerService ledgers;

	@Parameters(index = "0", paramLabel = "KIND")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE")
	Path file;

	LedgerFileCommand(LedgerService ledgers) {
		this.ledgers = ledgers;
	}

	@Override
	final int run(Principal actor, PrintWriter out) {
		out.println(apply(Kinds.ledgerId(kind), actor));
		return 0;
	}

	/** Does the subcommand's call on the ledger {@code ledgerId}; returns the line to print. */
	abstract String apply(String ledgerId, Principal actor);

	/** The folder a file is written into must exist. */
	void requireFolder() {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new ValidationException(NLS.bind(Messages.cliNoFolder, folder));
		}
	}

	@Command(name = "import")
	static final class Import extends LedgerFileCommand {

		Import(LedgerService ledgers) {
			super(ledgers);
		}

		@Override
		String apply(String ledgerId, Principal actor) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new ValidationException(NLS.bind(Messages.cliUnreadable, file.toAbsolutePath()));
			}
			LedgerImportResult result = ledgers.importFile(ledgerId, file, actor);
			return NLS.bind(Messages.cliImported,
					new Object[] { result.fileName(), result.rows(), result.inserted(), result.updated() });
		}
	}

	@Command(name = "export")
	static final class Export extends LedgerFileCommand {

		Export(LedgerService ledgers) {
			super(ledgers);
		}

		@Override
		String apply(String ledgerId, Principal actor) {
			requireFolder();
			return NLS.bind(Messages.cliExported, ledgers.exportFile(ledgerId, file, actor), file.toAbsolutePath());
		}
	}

	@Command(name = "template")
	static final class Template extends LedgerFileCommand {

		Template(LedgerService ledgers) {
			super(ledgers);
		}

		@Override
		String apply(String ledgerId, Principal actor) {
			requireFolder();
			ledgers.writeTemplate(ledgerId, file);
			return NLS.bind(Messages.cliTemplateWritten, file.toAbsolutePath());
		}
	}
}
