package ducha.cli.ledger;

import java.nio.file.Path;

import ducha.cli.internal.CliContext;
import ducha.cli.internal.PlatformCommand;
import picocli.CommandLine.Parameters;

/** A command on one ledger kind and one file: {@code ducha-cli <kind> import|export|template FILE}. */
abstract class LedgerFileCommand extends PlatformCommand {

	final String kindId;

	@Parameters(paramLabel = "FILE", descriptionKey = "file")
	Path file;

	LedgerFileCommand(CliContext cli, String kindId) {
		super(cli);
		this.kindId = kindId;
	}
}
