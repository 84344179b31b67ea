package ducha.cli.ledger;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.CliContext;
import ducha.core.ledger.LedgerService;
import picocli.CommandLine.Command;

/** {@code ducha-cli <kind> template FILE}: the header row and one example row, to fill in Excel. */
@Command(name = "template")
final class LedgerTemplateCommand extends LedgerFileCommand {

	LedgerTemplateCommand(CliContext cli, String kindId) {
		super(cli, kindId);
	}

	@Override
	public Integer call() {
		return run(cli, kindId, file);
	}

	static int run(CliContext cli, String kindId, Path file) {
		LedgerExportCommand.requireFolder(file);
		cli.service(LedgerService.class).writeTemplate(kindId, file);
		cli.out().println(NLS.bind(Messages.templateWritten, file.toAbsolutePath()));
		return ExitCodes.OK;
	}
}
