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

/** {@code ducha-cli inspections due [--within DAYS]}: planned inspections not carried out, due within the days. */
@Command(name = "due")
@RequiresPermission(InspectionPermissions.MANAGE)
final class DueCommand extends InspectionsCommand {

	private final PlanService plans;

	@Option(names = "--within", paramLabel = "DAYS", defaultValue = "7")
	int within;

	DueCommand(PlanService plans) {
		this.plans = plans;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		LocalDate today = LocalDate.now();
		List<InspectionPlan> due = plans.due(today, Math.max(0, within), actor);
		out.println(Messages.cliPlanHeader);
		due.forEach(p -> out.println(CliLines.plan(p) + (p.overdue(today) ? "\t" + Messages.cliOverdue : "")));
		out.println(NLS.bind(Messages.cliDueTotal, due.size(), due.stream().filter(p -> p.overdue(today)).count()));
		return 0;
	}
}
