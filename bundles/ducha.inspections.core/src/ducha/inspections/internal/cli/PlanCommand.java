package ducha.inspections.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.security.Principal;
import ducha.inspections.InspectionPermissions;
import ducha.inspections.InspectionPlan;
import ducha.inspections.PlanService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli inspections plan --year YYYY [--from YYYY-MM-DD] --assignee NAME…}: plans the year (from a day
 * on, for a court starting mid-year) and prints its plans; planning again adds only what is missing.
 */
@Command(name = "plan")
@RequiresPermission(InspectionPermissions.MANAGE)
final class PlanCommand extends InspectionsCommand {

	private final PlanService plans;

	@Option(names = "--year", required = true, paramLabel = "YYYY")
	int year;

	@Option(names = "--from", paramLabel = "YYYY-MM-DD")
	String from;

	@Option(names = "--assignee", required = true, paramLabel = "NAME")
	List<String> assignees;

	PlanCommand(PlanService plans) {
		this.plans = plans;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		LocalDate start = from == null ? LocalDate.of(year, 1, 1) : CliDates.day(from);
		List<InspectionPlan> planned = plans.planYear(year, start, assignees, actor);
		out.println(Messages.cliPlanHeader);
		planned.forEach(p -> out.println(CliLines.plan(p)));
		out.println(NLS.bind(Messages.cliPlanTotal, year, planned.size()));
		return 0;
	}
}
