package ducha.study.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.core.security.Principal;
import ducha.study.TestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli study score-sheet --year Y --quarter Q --out FILE.xlsx}: the quarter's study-score sheet per
 * person, of the staff the account may see; written beside the target and moved in place, so no half file stays.
 */
@Command(name = "score-sheet")
final class ScoreSheetCommand extends StudyCommand {

	private final TestService tests;

	@Option(names = "--year", required = true, descriptionKey = "tests.year")
	int year;

	@Option(names = "--quarter", required = true, descriptionKey = "tests.quarter")
	int quarter;

	@Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "tests.out")
	Path out;

	ScoreSheetCommand(TestService tests) {
		this.tests = tests;
	}

	@Override
	int run(Principal actor, PrintWriter console) throws IOException {
		if (quarter < 1 || quarter > 4) {
			throw new ValidationException(Messages.badQuarter);
		}
		Path target = out.toAbsolutePath();
		if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
			throw new ValidationException(NLS.bind(Messages.noFolder, target.getParent()));
		}
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		int rows;
		try (OutputStream stream = Files.newOutputStream(partial)) {
			rows = tests.scoreSheet(year, quarter, stream, actor);
		} catch (RuntimeException | IOException e) {
			Files.deleteIfExists(partial);
			throw e;
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		console.println(NLS.bind(Messages.sheetWritten, rows, target));
		return 0;
	}
}
