package ducha.integrity.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import ducha.integrity.internal.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli integrity import|export|template KIND FILE}: ledger files (.xlsx or .csv). One command class
 * for the three: each checks its file and makes its one call of the ledger service, and the result line is
 * printed (the name comes from the group, which adds one instance per {@link Action}).
 */
@Command
final class LedgerFileCommand extends IntegrityCommand {

	/** What the command does with the file. */
	enum Action {
		IMPORT, EXPORT, TEMPLATE
	}

	private final LedgerService ledgers;
	private final Action action;

	@Parameters(index = "0", paramLabel = "KIND", descriptionKey = "kind")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", descriptionKey = "file")
	Path file;

	LedgerFileCommand(LedgerService ledgers, Action action) {
		this.ledgers = ledgers;
		this.action = action;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		String ledgerId = Kinds.ledgerId(kind);
		if (action == Action.IMPORT) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new ValidationException(NLS.bind(Messages.cliUnreadable, file.toAbsolutePath()));
			}
			LedgerImportResult result = ledgers.importFile(ledgerId, file, actor);
			out.println(NLS.bind(Messages.cliImported,
					new Object[] { result.fileName(), result.rows(), result.inserted(), result.updated() }));
			return 0;
		}
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new ValidationException(NLS.bind(Messages.cliNoFolder, folder));
		}
		if (action == Action.EXPORT) {
			int rows = ledgers.exportFile(ledgerId, file, actor);
			out.println(NLS.bind(Messages.cliExported, rows, file.toAbsolutePath()));
		} else {
			ledgers.writeTemplate(ledgerId, file);
			out.println(NLS.bind(Messages.cliTemplateWritten, file.toAbsolutePath()));
		}
		return 0;
	}
}
