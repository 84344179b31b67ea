package ducha.team.ui.internal.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.StaffChooser;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.team.GroupMember;
import ducha.team.GroupService;
import ducha.team.SpecialistGroup;

/** 加入组员: a staff member of any department (chosen by name) joins the group from a day. */
final class MemberDialog extends FormDialog<GroupMember> {

	private final GroupService groups;
	private final Principal principal;
	private final SpecialistGroup group;
	private final List<Staff> staff;
	private final DepartmentNames names;

	private StaffChooser member;
	private DateField from;

	MemberDialog(Shell parent, Background background, GroupService groups, Principal principal, SpecialistGroup group,
			List<Staff> staff, DepartmentNames names) {
		super(parent, background, Messages.memberTitle, group.name(), Messages.memberMessage);
		this.groups = groups;
		this.principal = principal;
		this.group = group;
		this.staff = staff;
		this.names = names;
	}

	@Override
	protected void fields(Composite form) {
		member = new StaffChooser(form, "member", Messages.fieldStaff, staff, names);
		from = Forms.date(form, Messages.fieldJoined, "member.from", LocalDate.now());
	}

	@Override
	protected List<String> problems() {
		return member.chosen() == null ? List.of(Messages.staffMissing) : List.of();
	}

	@Override
	protected Callable<GroupMember> save() {
		String staffNo = member.chosen().staffNo();
		LocalDate day = Forms.day(from);
		return () -> groups.addMember(group.code(), staffNo, day, principal);
	}
}
