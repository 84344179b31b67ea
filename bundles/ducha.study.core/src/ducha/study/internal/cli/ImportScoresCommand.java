package ducha.study.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ProgressPrinter;
import ducha.cli.RequiresPermission;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.security.Principal;
import ducha.study.StudyPermissions;
import ducha.study.TestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli study import-scores --test CODE FILE}: a paper exam's scores through the scores ledger (检测编号
 * may be left out of the file); any bad row refuses the whole file, listed as file:row:column.
 */
@Command(name = "import-scores")
@RequiresPermission(StudyPermissions.TESTS_MANAGE)
final class ImportScoresCommand extends StudyCommand {

	private final TestService tests;

	@Option(names = "--test", required = true, paramLabel = "CODE", descriptionKey = "tests.test")
	String test;

	@Parameters(index = "0", paramLabel = "FILE", descriptionKey = "tests.file")
	Path file;

	ImportScoresCommand(TestService tests) {
		this.tests = tests;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new ValidationException(NLS.bind(Messages.unreadable, file.toAbsolutePath()));
		}
		ProgressPrinter progress = new ProgressPrinter(out);
		LedgerImportResult result = tests.importScores(test, file, actor, progress);
		progress.done();
		out.println(NLS.bind(Messages.imported,
				new Object[] { result.fileName(), test, result.rows(), result.inserted(), result.updated() }));
		return 0;
	}
}
