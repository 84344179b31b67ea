package ducha.team.ui.internal.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.StaffChooser;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.team.RosterEntry;
import ducha.team.RosterService;
import ducha.team.SelectionCriteria;

/**
 * 选任督察员: the staff member (chosen by name), the role, the department (required for political and integrity
 * supervisors), the specialist group, the first and (when known) last day, and the selection criteria.
 */
final class AppointDialog extends FormDialog<RosterEntry> {

	/** What the form offers, read off the UI thread before it opens. */
	record Choices(List<Staff> staff, List<Department> departments, List<String> groups) {
	}

	private final RosterService roster;
	private final Principal principal;
	private final Choices choices;

	private StaffChooser staff;
	private Combo role;
	private Combo department;
	private Combo group;
	private DateField from;
	private Text to;
	private Text political;
	private Text professional;
	private Text discipline;
	private Text seniority;
	private Text decision;

	AppointDialog(Shell parent, Background background, RosterService roster, Principal principal, Choices choices) {
		super(parent, background, Messages.appointTitle, Messages.appointHeading, Messages.appointMessage);
		this.roster = roster;
		this.principal = principal;
		this.choices = choices;
	}

	@Override
	protected void fields(Composite form) {
		staff = new StaffChooser(form, "appoint", Messages.fieldStaff, choices.staff(),
				DepartmentNames.of(choices.departments()));
		role = Forms.choice(form, Messages.fieldRole, "appoint.role",
				Arrays.stream(SupervisorRole.values()).map(SupervisorRole::label).toArray(String[]::new));
		role.select(SupervisorRole.POLITICAL_SUPERVISOR.ordinal());
		List<String> departments = new ArrayList<>();
		departments.add(Messages.none);
		choices.departments().stream().filter(Department::active).map(Department::name).forEach(departments::add);
		department = Forms.choice(form, Messages.fieldDepartment, "appoint.department",
				departments.toArray(String[]::new));
		List<String> groups = new ArrayList<>();
		groups.add(Messages.none);
		groups.addAll(choices.groups());
		group = Forms.choice(form, Messages.fieldGroup, "appoint.group", groups.toArray(String[]::new));
		from = Forms.date(form, Messages.fieldFrom, "appoint.from", LocalDate.now());
		to = Forms.text(form, Messages.fieldTo, "appoint.to");
		to.setMessage(Messages.toHint);
		political = Forms.area(form, Messages.fieldPolitical, "appoint.political", 2);
		professional = Forms.area(form, Messages.fieldProfessional, "appoint.professional", 2);
		discipline = Forms.area(form, Messages.fieldDiscipline, "appoint.discipline", 2);
		seniority = Forms.text(form, Messages.fieldSeniority, "appoint.seniority");
		decision = Forms.text(form, Messages.fieldDecision, "appoint.decision");
	}

	@Override
	protected List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (staff.chosen() == null) {
			problems.add(Messages.staffMissing);
		}
		if (chosenDepartment() == null && (chosenRole() == SupervisorRole.POLITICAL_SUPERVISOR
				|| chosenRole() == SupervisorRole.INTEGRITY_SUPERVISOR)) {
			problems.add(Messages.departmentMissing);
		}
		String last = Forms.optional(to);
		if (last != null) {
			LocalDate day = LedgerRowValidator.parseDate(last);
			if (day == null) {
				problems.add(Messages.toInvalid);
			} else if (day.isBefore(Forms.day(from))) {
				problems.add(Messages.toBeforeFrom);
			}
		}
		return problems;
	}

	private SupervisorRole chosenRole() {
		return SupervisorRole.values()[role.getSelectionIndex()];
	}

	private String chosenDepartment() {
		int index = department.getSelectionIndex();
		List<Department> active = choices.departments().stream().filter(Department::active).toList();
		return index <= 0 ? null : active.get(index - 1).code();
	}

	@Override
	protected Callable<RosterEntry> save() {
		String last = Forms.optional(to);
		SupervisorAssignment assignment = new SupervisorAssignment(0, staff.chosen().staffNo(), chosenRole(),
				chosenDepartment(), group.getSelectionIndex() <= 0 ? null : group.getText(), Forms.day(from),
				last == null ? null : LedgerRowValidator.parseDate(last));
		SelectionCriteria criteria = new SelectionCriteria(political.getText(), professional.getText(),
				discipline.getText(), seniority.getText(), decision.getText());
		return () -> roster.appoint(assignment, criteria, principal);
	}
}
