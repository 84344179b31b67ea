package ducha.cli.ledger;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.ProgressPrinter;
import ducha.cli.internal.CliContext;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerNotice;
import ducha.core.ledger.LedgerService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli <kind> import FILE}: all rows or none, with the reader's progress (rows read, share of the file)
 * as lines on standard output. A rejected file's problems are printed as file:row:column by the error handler.
 */
@Command(name = "import")
final class LedgerImportCommand extends LedgerFileCommand {

	@Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "sheet")
	String sheet;

	LedgerImportCommand(CliContext cli, String kindId) {
		super(cli, kindId);
	}

	@Override
	public Integer call() {
		return run(cli, kindId, file, sheet);
	}

	/**
	 * Imports the file, printing the counts and then every row the reader skipped (title rows, 合计 rows).
	 *
	 * @param sheet the workbook's sheet to read, or null (see {@link ducha.core.ledger.SheetChoice})
	 */
	static int run(CliContext cli, String kindId, Path file, String sheet) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new ValidationException(NLS.bind(Messages.fileNotReadable, file.toAbsolutePath()));
		}
		ProgressPrinter progress = new ProgressPrinter(cli.out());
		LedgerImportResult result = cli.service(LedgerService.class).importFile(kindId, file, sheet, cli.actor(),
				progress);
		progress.done();
		cli.out().println(NLS.bind(Messages.imported, new Object[] { result.fileName(), result.rows(),
				result.inserted(), result.updated() }));
		for (LedgerNotice notice : result.notices()) {
			cli.out().println(NLS.bind(Messages.notice, notice));
		}
		return ExitCodes.OK;
	}
}
