package ducha.team.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.ValidationException;
import ducha.core.documents.DocumentFormat;
import ducha.core.security.Principal;
import ducha.team.EvaluationBulletin;
import ducha.team.EvaluationService;
import ducha.team.TeamPermissions;
import ducha.team.internal.evaluation.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli team bulletin --quarter 2026Q3 [--date YYYY-MM-DD] --out FILE.docx|FILE.pdf}: issues the
 * quarter's numbered bulletin on the integrity supervisors and writes it in the format the file's extension names.
 */
@Command(name = "bulletin")
@RequiresPermission(TeamPermissions.EVALUATE)
final class BulletinCommand extends TeamCommand {

	private final EvaluationService evaluations;

	@Option(names = "--quarter", required = true, paramLabel = "YYYYQn", descriptionKey = "evaluation.quarter")
	String quarter;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "evaluation.date")
	LocalDate date;

	@Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "evaluation.document")
	Path out;

	BulletinCommand(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	protected int run(Principal actor, PrintWriter console) throws Exception {
		DocumentFormat format = DocumentFormat.of(out)
				.orElseThrow(() -> new ValidationException(NLS.bind(Messages.cliBadDocument, out)));
		EvaluationBulletin issued = evaluations.issueBulletin(EvaluationArguments.quarter(quarter),
				date == null ? LocalDate.now() : date, actor);
		Path written = EvaluationArguments.write(out,
				stream -> evaluations.writeBulletin(issued.year(), issued.number(), format, stream, actor));
		console.println(NLS.bind(Messages.cliBulletinWritten, new Object[] { issued.title(), issued.label(), written }));
		return 0;
	}
}
