package ducha.team.ui.internal.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.StaffChooser;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.team.GroupService;
import ducha.team.SpecialistGroup;

/** 新建专业督察组: code, name, what it supervises, its leader (chosen by name) and the day it is established. */
final class GroupDialog extends FormDialog<SpecialistGroup> {

	private final GroupService groups;
	private final Principal principal;
	private final List<Staff> staff;
	private final DepartmentNames names;

	private Text code;
	private Text name;
	private Text scope;
	private StaffChooser leader;
	private DateField established;

	GroupDialog(Shell parent, Background background, GroupService groups, Principal principal, List<Staff> staff,
			DepartmentNames names) {
		super(parent, background, Messages.groupTitle, Messages.groupHeading, Messages.groupMessage);
		this.groups = groups;
		this.principal = principal;
		this.staff = staff;
		this.names = names;
	}

	@Override
	protected void fields(Composite form) {
		code = Forms.text(form, Messages.fieldCode, "group.code");
		name = Forms.text(form, Messages.fieldGroupName, "group.name");
		scope = Forms.area(form, Messages.fieldScope, "group.scope", 2);
		leader = new StaffChooser(form, "group.leader", Messages.fieldLeader, staff, names);
		established = Forms.date(form, Messages.fieldEstablished, "group.established", LocalDate.now());
	}

	@Override
	protected List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (Forms.optional(code) == null) {
			problems.add(Messages.codeMissing);
		}
		if (Forms.optional(name) == null) {
			problems.add(Messages.nameMissing);
		}
		return problems;
	}

	@Override
	protected Callable<SpecialistGroup> save() {
		Staff chosen = leader.chosen();
		SpecialistGroup group = new SpecialistGroup(Forms.optional(code), Forms.optional(name), scope.getText().strip(),
				chosen == null ? null : chosen.staffNo(), Forms.day(established), null);
		return () -> groups.create(group, principal);
	}
}
