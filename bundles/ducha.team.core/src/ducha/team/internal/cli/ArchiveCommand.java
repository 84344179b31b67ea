package ducha.team.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.security.Principal;
import ducha.team.DutyTally;
import ducha.team.Evaluation;
import ducha.team.EvaluationService;
import ducha.team.PerformanceArchive;
import ducha.team.TeamPermissions;
import ducha.team.internal.evaluation.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli team archive STAFFNO [--year Y]}: an integrity supervisor's performance archive (业绩档案) of the
 * year: duties per kind, evaluations and bonus points. A supervisor reads only their own.
 */
@Command(name = "archive")
@RequiresPermission(TeamPermissions.READ)
final class ArchiveCommand extends TeamCommand {

	private final EvaluationService evaluations;

	@Parameters(index = "0", paramLabel = "STAFFNO", descriptionKey = "evaluation.staffNo")
	String staffNo;

	@Option(names = "--year", paramLabel = "YYYY", descriptionKey = "evaluation.year")
	Integer year;

	ArchiveCommand(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	protected int run(Principal actor, PrintWriter console) {
		PerformanceArchive a = evaluations.archive(staffNo, year == null ? LocalDate.now().getYear() : year, actor);
		console.println(NLS.bind(Messages.cliArchiveHeader, new Object[] { a.name(), a.staffNo(), a.departmentName(),
				a.year() }));
		if (a.duties().isEmpty()) {
			console.println(Messages.cliArchiveNoDuty);
		}
		for (DutyTally d : a.duties()) {
			console.println(NLS.bind(Messages.cliArchiveDuty, d.kindLabel(), d.count()));
		}
		for (Evaluation e : a.evaluations()) {
			console.println(NLS.bind(Messages.cliArchiveEvaluation, new Object[] { e.period().label(),
					e.grade() == null ? "" : e.grade().label(), e.remarks() }));
		}
		console.println(NLS.bind(Messages.cliArchiveBonus, new Object[] { a.bonus().grade().toPlainString(),
				a.bonus().duties().toPlainString(), a.bonus().total().toPlainString() }));
		return 0;
	}
}
