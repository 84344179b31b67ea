package ducha.inspections.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.security.Principal;
import ducha.inspections.InspectionPlan;
import ducha.inspections.PlanService;

/** 制定计划: the year's plan from a day on, the supervisors or groups taking the inspections in turn. */
final class PlanDialog extends FormDialog<List<InspectionPlan>> {

	private static final Pattern SEPARATORS = Pattern.compile("[、,，;；]+");

	private final PlanService plans;
	private final Principal principal;
	private final int year;

	private DateTime from;
	private Text assignees;

	PlanDialog(Shell parent, Background background, PlanService plans, Principal principal, int year) {
		super(parent, background, Messages.planTitle, String.valueOf(year), Messages.planMessage);
		this.plans = plans;
		this.principal = principal;
		this.year = year;
	}

	@Override
	protected void fields(Composite form) {
		LocalDate today = LocalDate.now();
		from = Forms.date(form, Messages.fieldFrom, "plan.from",
				today.getYear() == year ? today : LocalDate.of(year, 1, 1));
		assignees = Forms.text(form, Messages.fieldAssignees, "plan.assignees");
	}

	@Override
	protected List<String> problems() {
		if (Forms.day(from).getYear() != year) {
			return List.of(Messages.fromOutsideYear);
		}
		return names().isEmpty() ? List.of(Messages.assigneesMissing) : List.of();
	}

	private List<String> names() {
		return List.of(SEPARATORS.split(assignees.getText().strip())).stream().map(String::strip)
				.filter(s -> !s.isEmpty()).toList();
	}

	@Override
	protected Callable<List<InspectionPlan>> save() {
		LocalDate start = Forms.day(from);
		List<String> names = names();
		return () -> plans.planYear(year, start, names, principal);
	}
}
