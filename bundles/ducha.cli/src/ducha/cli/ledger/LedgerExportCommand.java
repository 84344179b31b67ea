package ducha.cli.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.CliContext;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerFormat;
import ducha.core.ledger.LedgerService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ducha-cli <kind> export FILE}: .xlsx writes Excel, anything else CSV (UTF-8 with BOM). */
@Command(name = "export")
final class LedgerExportCommand implements Callable<Integer> {

	private final CliContext cli;
	private final String kindId;

	@Parameters(paramLabel = "FILE", descriptionKey = "file")
	Path file;

	LedgerExportCommand(CliContext cli, String kindId) {
		this.cli = cli;
		this.kindId = kindId;
	}

	@Override
	public Integer call() {
		requireFolder(file);
		int rows = cli.service(LedgerService.class).exportFile(kindId, file, cli.actor());
		cli.out().println(NLS.bind(Messages.exported, new Object[] { rows, file.toAbsolutePath(),
				LedgerFormat.of(file) }));
		return ExitCodes.OK;
	}

	/** A missing folder is the operator's typo: say so instead of an I/O stack. */
	static void requireFolder(Path file) {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new ValidationException(NLS.bind(Messages.folderMissing, folder));
		}
	}
}
