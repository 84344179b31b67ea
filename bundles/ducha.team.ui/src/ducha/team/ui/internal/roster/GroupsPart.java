package ducha.team.ui.internal.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.core.Language;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.Principal;
import ducha.team.GroupMember;
import ducha.team.GroupOnDay;
import ducha.team.GroupService;
import ducha.team.SpecialistGroup;
import ducha.team.TeamPermissions;

/**
 * 专业督察组: the groups existing on the chosen day with their leader, and the selected group's members then (from
 * any department). 新建… establishes a group, 改名… renames it, 加入组员… adds a member, 设为组长 makes the selected
 * member the leader, 移出… ends a membership and 撤销… dissolves the group.
 */
public class GroupsPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Rights rights;

	@Inject
	private Background background;

	private volatile GroupService groups;
	private volatile DirectoryService directory;

	/** The day's groups with the staff to name their members, read together off the UI thread. */
	private record Loaded(List<GroupOnDay> groups, Map<String, Staff> staff, DepartmentNames names) {
	}

	private Loaded shown = new Loaded(List.of(), Map.of(), DepartmentNames.of(List.of()));
	private DateField day;
	private Label status;
	private Button rename;
	private Button addMember;
	private Button leader;
	private Button removeMember;
	private Button dissolve;
	private ListTable<GroupOnDay> table;
	private ListTable<GroupMember> members;

	@Inject
	void servicesChanged(@Optional GroupService groupService, @Optional DirectoryService directoryService) {
		groups = groupService;
		directory = directoryService;
		if (table != null && !table.control().isDisposed() && groupService != null) {
			load(null);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 10);
		Forms.label(bar, Messages.day);
		day = Forms.date(bar, "groups.day");
		day.addListener(SWT.Selection, e -> load(null));
		status = Forms.summary(bar, "groups.status");
		rights.require(Forms.button(bar, "groups.new", Messages.newGroup), TeamPermissions.MANAGE)
				.addListener(SWT.Selection, e -> create());
		rename = Forms.button(bar, "groups.rename", Messages.rename);
		rename.addListener(SWT.Selection, e -> rename());
		addMember = Forms.button(bar, "groups.addMember", Messages.addMember);
		addMember.addListener(SWT.Selection, e -> addMember());
		leader = Forms.button(bar, "groups.leader", Messages.makeLeader);
		leader.addListener(SWT.Selection, e -> makeLeader());
		removeMember = Forms.button(bar, "groups.removeMember", Messages.removeMember);
		removeMember.addListener(SWT.Selection, e -> removeMember());
		dissolve = Forms.button(bar, "groups.dissolve", Messages.dissolve);
		dissolve.addListener(SWT.Selection, e -> dissolve());

		table = new ListTable<>(parent, "groups.list", false, GroupOnDay.class,
				new Column<>(Messages.colCode, 70, g -> g.group().code()),
				new Column<>(Messages.colGroup, 200, g -> g.group().name()),
				new Column<>(Messages.colLeader, 90, g -> name(g.group().leaderStaffNo())),
				new Column<>(Messages.colMembers, 60, g -> String.valueOf(g.members().size())),
				new Column<>(Messages.colEstablished, 90, g -> g.group().establishedOn().toString()),
				new Column<>(Messages.colScope, 300, g -> g.group().scope()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		table.onSelect(g -> selected());
		table.openWith(rename);
		table.actions(rename, addMember, dissolve);

		members = new ListTable<>(parent, "groups.members", false, GroupMember.class,
				new Column<>(Messages.colStaffNo, 70, GroupMember::staffNo),
				new Column<>(Messages.colName, 80, m -> name(m.staffNo())),
				new Column<>(Messages.colDepartment, 140, this::department),
				new Column<>(Messages.colJoined, 90, m -> m.from().toString()),
				new Column<>(Messages.colLeft, 90, m -> m.to() == null ? "" : m.to().toString()),
				new Column<>(Messages.colLeader, 60, m -> isLeader(m) ? Messages.yes : ""));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(members.control());
		members.onSelect(m -> memberSelected());
		members.actions(leader, removeMember);
		selected();
		if (groups != null) {
			load(null);
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private String name(String staffNo) {
		Staff s = staffNo == null ? null : shown.staff().get(staffNo);
		return s == null ? staffNo : s.name();
	}

	private String department(GroupMember m) {
		Staff s = shown.staff().get(m.staffNo());
		return s == null ? "" : shown.names().name(s.departmentCode());
	}

	private boolean isLeader(GroupMember m) {
		GroupOnDay g = table.selected();
		return g != null && m.staffNo().equals(g.group().leaderStaffNo());
	}

	private void load(String select) {
		GroupService service = groups;
		DirectoryService dir = directory;
		if (service == null) {
			status.setText(Messages.unavailable);
			return;
		}
		if (!Forms.readable(day)) {
			return;
		}
		LocalDate chosen = Forms.day(day);
		String keep = select != null ? select : table.selected() == null ? null : table.selected().group().code();
		status.setText(Messages.loading);
		background.run(Messages.loadJob, () -> new Loaded(service.groupsOn(chosen, principal),
				dir == null ? Map.of() : activeStaff(dir), dir == null ? shown.names() : dir.departmentNames()),
				loaded -> {
					if (table.control().isDisposed()) {
						return;
					}
					shown = loaded;
					table.show(loaded.groups(), g -> g.group().code().equals(keep));
					Forms.report(status, Language.format(Messages.groupsCount, chosen, loaded.groups().size()), false);
					selected();
				}, this::refused);
	}

	private Map<String, Staff> activeStaff(DirectoryService dir) {
		return dir.staff(StaffQuery.ALL, principal).stream()
				.collect(Collectors.toMap(Staff::staffNo, Function.identity()));
	}

	private List<Staff> choosable() {
		return shown.staff().values().stream().filter(s -> s.status() == EmploymentStatus.ACTIVE)
				.sorted((a, b) -> a.staffNo().compareTo(b.staffNo())).toList();
	}

	private void selected() {
		GroupOnDay g = table.selected();
		boolean exists = g != null;
		rights.enable(rename, exists, TeamPermissions.MANAGE);
		rights.enable(addMember, exists, TeamPermissions.MANAGE);
		rights.enable(dissolve, exists, TeamPermissions.MANAGE);
		members.show(exists ? g.members() : List.of(), null);
		memberSelected();
	}

	private void memberSelected() {
		GroupMember m = members.selected();
		rights.enable(leader, m != null && !isLeader(m), TeamPermissions.MANAGE);
		rights.enable(removeMember, m != null, TeamPermissions.MANAGE);
	}

	private void create() {
		GroupService service = groups;
		if (service != null) {
			edited(new GroupDialog(shell(), background, service, principal, choosable(), shown.names()),
					saved -> saved.code());
		}
	}

	private void rename() {
		GroupService service = groups;
		GroupOnDay g = table.selected();
		if (service != null && g != null) {
			edited(new RenameDialog(shell(), background, service, principal, g.group()), SpecialistGroup::code);
		}
	}

	private void addMember() {
		GroupService service = groups;
		GroupOnDay g = table.selected();
		if (service != null && g != null) {
			edited(new MemberDialog(shell(), background, service, principal, g.group(), choosable(), shown.names()),
					saved -> g.group().code());
		}
	}

	private void makeLeader() {
		GroupService service = groups;
		GroupOnDay g = table.selected();
		GroupMember m = members.selected();
		if (service != null && g != null && m != null) {
			background.run(Messages.saveJob,
					() -> service.setLeader(g.group().code(), m.staffNo(), g.group().version(), principal),
					saved -> load(saved.code()), this::refused);
		}
	}

	private void removeMember() {
		GroupService service = groups;
		GroupOnDay g = table.selected();
		GroupMember m = members.selected();
		if (service != null && g != null && m != null) {
			String code = g.group().code();
			AtomicLong seen = new AtomicLong(m.version());
			edited(new LastDayDialog(shell(), background, Messages.removeTitle, name(m.staffNo()),
					Messages.removeMessage, last -> service.removeMember(m.id(), last, seen.get(), principal),
					() -> seen.set(service.members(code, principal).stream().filter(s -> s.id() == m.id())
							.findFirst().orElseThrow().version())),
					last -> code);
		}
	}

	private void dissolve() {
		GroupService service = groups;
		GroupOnDay g = table.selected();
		if (service != null && g != null) {
			String code = g.group().code();
			AtomicLong seen = new AtomicLong(g.group().version());
			edited(new LastDayDialog(shell(), background, Messages.dissolveTitle, g.group().name(),
					Messages.dissolveMessage, last -> service.dissolve(code, last, seen.get(), principal),
					() -> seen.set(service.groups(principal).stream().filter(s -> s.code().equals(code))
							.findFirst().orElseThrow().version())),
					last -> null);
		}
	}

	/** Opens the dialog; once it saved, shows the day again with the group the result names selected. */
	private <T> void edited(FormDialog<T> dialog, Function<T, String> selectAfter) {
		if (dialog.open() == Window.OK) {
			load(selectAfter.apply(dialog.saved()));
		}
	}

	private Shell shell() {
		return table.control().getShell();
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	/** F5: the day's groups again. */
	@Override
	public void refresh() {
		load(null);
	}
}
