package ducha.team.internal.cli;

import java.io.PrintWriter;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.ValidationException;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.team.Evaluation;
import ducha.team.EvaluationService;
import ducha.team.Grade;
import ducha.team.TeamPermissions;
import ducha.team.internal.evaluation.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli team evaluate STAFFNO --period 2026Q3|2026H1|2026 [--grade 优秀] [--remarks TEXT]}: records an
 * integrity supervisor's evaluation of a quarter, a half-year or the year (the year's with a grade).
 */
@Command(name = "evaluate")
@RequiresPermission(TeamPermissions.EVALUATE)
final class EvaluateCommand extends TeamCommand {

	private final EvaluationService evaluations;

	@Parameters(index = "0", paramLabel = "STAFFNO", descriptionKey = "evaluation.staffNo")
	String staffNo;

	@Option(names = "--period", required = true, paramLabel = "PERIOD", descriptionKey = "evaluation.period")
	String period;

	@Option(names = "--grade", paramLabel = "GRADE", descriptionKey = "evaluation.grade")
	String grade;

	@Option(names = "--remarks", paramLabel = "TEXT", descriptionKey = "evaluation.remarks")
	String remarks;

	EvaluateCommand(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	protected int run(Principal actor, PrintWriter console) {
		Period of = EvaluationArguments.period(period);
		Grade parsed = grade == null ? null : Grade.parse(grade);
		if (grade != null && parsed == null) {
			throw new ValidationException(NLS.bind(Messages.cliBadGrade, grade));
		}
		Evaluation stored = evaluations.record(Evaluation.of(staffNo, of, parsed, remarks), actor);
		console.println(NLS.bind(Messages.cliEvaluated, stored.staffNo(), stored.period().label()));
		return 0;
	}
}
