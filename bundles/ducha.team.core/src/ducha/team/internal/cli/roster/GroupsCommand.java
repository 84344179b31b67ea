package ducha.team.internal.cli.roster;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import ducha.cli.RequiresPermission;
import ducha.core.Language;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.team.GroupOnDay;
import ducha.team.GroupService;
import ducha.team.TeamPermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducha-cli team groups [--on DATE]}: the specialist groups of the day, their leader and members. */
@Command(name = "groups")
@RequiresPermission(TeamPermissions.READ)
final class GroupsCommand extends RosterCliCommand {

	private final GroupService groups;
	private final DirectoryService directory;

	@Option(names = "--on", paramLabel = "YYYY-MM-DD")
	String on;

	GroupsCommand(GroupService groups, DirectoryService directory) {
		this.groups = groups;
		this.directory = directory;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		LocalDate day = day(on);
		List<GroupOnDay> found = groups.groupsOn(day, actor);
		for (GroupOnDay g : found) {
			String leader = g.group().leaderStaffNo();
			List<String> members = g.members().stream().map(m -> name(m.staffNo())).toList();
			out.println(String.join("\t", g.group().code(), g.group().name(), leader == null ? "" : name(leader),
					String.join("、", members)));
		}
		out.println(Language.format(Messages.groupsTotal, day, found.size()));
		return 0;
	}

	private String name(String staffNo) {
		return directory.staff(staffNo).map(Staff::name).orElse(staffNo);
	}
}
