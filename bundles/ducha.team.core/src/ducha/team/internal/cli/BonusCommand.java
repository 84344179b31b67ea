package ducha.team.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.ledger.LedgerFormat;
import ducha.core.security.Principal;
import ducha.team.EvaluationService;
import ducha.team.TeamPermissions;
import ducha.team.internal.evaluation.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli team bonus --year YYYY --out FILE.xlsx|FILE.csv}: the year's bonus-point sheet (加分表) of the
 * integrity supervisors for the annual assessment; XLSX or CSV as the file's extension says.
 */
@Command(name = "bonus")
@RequiresPermission(TeamPermissions.EVALUATE)
final class BonusCommand extends TeamCommand {

	private final EvaluationService evaluations;

	@Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "evaluation.year")
	int year;

	@Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "evaluation.sheet")
	Path out;

	BonusCommand(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	protected int run(Principal actor, PrintWriter console) throws Exception {
		AtomicInteger rows = new AtomicInteger();
		Path written = EvaluationArguments.write(out,
				stream -> rows.set(evaluations.bonusSheet(year, LedgerFormat.of(out), stream, actor)));
		console.println(NLS.bind(Messages.cliBonusWritten, rows.get(), written));
		return 0;
	}
}
