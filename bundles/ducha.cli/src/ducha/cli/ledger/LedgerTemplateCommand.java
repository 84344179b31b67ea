package ducha.cli.ledger;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.CliContext;
import ducha.core.ledger.LedgerService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ducha-cli <kind> template FILE}: the header row and one example row, to fill in Excel. */
@Command(name = "template")
final class LedgerTemplateCommand implements Callable<Integer> {

	private final CliContext cli;
	private final String kindId;

	@Parameters(paramLabel = "FILE", descriptionKey = "file")
	Path file;

	LedgerTemplateCommand(CliContext cli, String kindId) {
		this.cli = cli;
		this.kindId = kindId;
	}

	@Override
	public Integer call() {
		LedgerExportCommand.requireFolder(file);
		cli.service(LedgerService.class).writeTemplate(kindId, file);
		cli.out().println(NLS.bind(Messages.templateWritten, file.toAbsolutePath()));
		return ExitCodes.OK;
	}
}
