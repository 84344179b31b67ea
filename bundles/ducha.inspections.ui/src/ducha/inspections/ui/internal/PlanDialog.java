package ducha.inspections.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.StaffChooser;
import ducha.app.ui.StaffListChooser;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisionGroup;
import ducha.core.security.Principal;
import ducha.inspections.InspectionPlan;
import ducha.inspections.PlanService;

/**
 * 制定计划: the year's plan from a day on, the assignees taking the inspections in turn: the specialist groups ticked
 * (those existing on the first day, while the supervisor team plugin keeps them; without it, a 承办人 chosen by name
 * from the staff) and supervisors chosen by name (stored by 工号).
 */
final class PlanDialog extends FormDialog<List<InspectionPlan>> {

	/** What the form offers, read off the UI thread before it opens; {@code staff} for the 承办人 without groups. */
	record Choices(List<SupervisionGroup> groups, List<Staff> supervisors, List<Staff> staff, DepartmentNames names) {
	}

	private final Background background;
	private final PlanService plans;
	private final Principal principal;
	private final int year;
	private final Choices choices;

	private DateField from;
	private Table groups;
	private StaffChooser assignee;
	private StaffListChooser supervisors;

	PlanDialog(Shell parent, Background background, PlanService plans, Principal principal, int year,
			Choices choices) {
		super(parent, background, Messages.planTitle, String.valueOf(year), Messages.planMessage);
		this.background = background;
		this.plans = plans;
		this.principal = principal;
		this.year = year;
		this.choices = choices;
	}

	/** The day the plan starts from when the dialog opens: today in this year, else the year's first day. */
	static LocalDate firstDay(int year) {
		LocalDate today = LocalDate.now();
		return today.getYear() == year ? today : LocalDate.of(year, 1, 1);
	}

	@Override
	protected void fields(Composite form) {
		from = Forms.date(form, Messages.fieldFrom, "plan.from", firstDay(year));
		if (choices.groups().isEmpty()) {
			// a person chosen by name and stored by 工号, as the supervisors below: no name typed that matches no one
			assignee = StaffChooser.optional(form, "plan.assignee", Messages.fieldAssignee, choices.staff(),
					choices.names());
		} else {
			Forms.label(form, Messages.fieldGroups);
			groups = Forms.named(new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL), "plan.groups");
			GridDataFactory.fillDefaults().grab(true, false).hint(300, groups.getItemHeight() * 5).applyTo(groups);
			showGroups(choices.groups());
			from.addListener(SWT.Selection, e -> reloadGroups());
		}
		supervisors = new StaffListChooser(form, "plan.supervisors", Messages.fieldSupervisors, choices.supervisors(),
				choices.names());
	}

	private void showGroups(List<SupervisionGroup> existing) {
		List<String> ticked = tickedGroups();
		groups.removeAll();
		for (SupervisionGroup g : existing) {
			TableItem row = new TableItem(groups, SWT.NONE);
			row.setText(NLS.bind(Messages.groupChoice, g.name(), g.memberStaffNo().size()));
			row.setData(g.name());
			row.setChecked(ticked.contains(g.name()));
		}
	}

	/** The groups of the new first day, read off the UI thread; the ticked ones that still exist stay ticked. */
	private void reloadGroups() {
		LocalDate day = Forms.day(from);
		background.run(Messages.loadJob, () -> plans.groupsOn(day, principal), existing -> {
			if (!groups.isDisposed() && !existing.isEmpty()) {
				showGroups(existing);
			}
		}, this::setErrorMessage);
	}

	private List<String> tickedGroups() {
		List<String> ticked = new ArrayList<>();
		for (TableItem row : groups.getItems()) {
			if (row.getChecked()) {
				ticked.add((String) row.getData());
			}
		}
		return ticked;
	}

	@Override
	protected List<String> problems() {
		if (Forms.day(from).getYear() != year) {
			return List.of(Messages.fromOutsideYear);
		}
		return assignees().isEmpty() ? List.of(Messages.assigneesMissing) : List.of();
	}

	/** The groups ticked (or the 承办人 chosen), then the supervisors chosen. */
	private List<String> assignees() {
		List<String> all = new ArrayList<>();
		if (groups != null) {
			all.addAll(tickedGroups());
		} else if (assignee.chosen() != null) {
			all.add(assignee.chosen().staffNo());
		}
		all.addAll(supervisors == null ? List.of() : supervisors.chosen());
		return all;
	}

	@Override
	protected Callable<List<InspectionPlan>> save() {
		LocalDate start = Forms.day(from);
		List<String> names = assignees();
		return () -> plans.planYear(year, start, names, principal);
	}
}
