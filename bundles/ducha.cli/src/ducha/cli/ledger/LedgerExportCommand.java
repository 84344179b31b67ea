package ducha.cli.ledger;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.CliContext;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerFormat;
import ducha.core.ledger.LedgerService;
import picocli.CommandLine.Command;

/** {@code ducha-cli <kind> export FILE}: .xlsx writes Excel, anything else CSV (UTF-8 with BOM). */
@Command(name = "export")
final class LedgerExportCommand extends LedgerFileCommand {

	LedgerExportCommand(CliContext cli, String kindId) {
		super(cli, kindId);
	}

	@Override
	public Integer call() {
		return run(cli, kindId, file);
	}

	static int run(CliContext cli, String kindId, Path file) {
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
