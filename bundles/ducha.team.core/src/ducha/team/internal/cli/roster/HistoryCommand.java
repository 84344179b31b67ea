package ducha.team.internal.cli.roster;

import java.io.PrintWriter;
import java.util.List;

import ducha.cli.RequiresPermission;
import ducha.core.Language;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.security.Principal;
import ducha.team.RosterEntry;
import ducha.team.RosterService;
import ducha.team.TeamPermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducha-cli team history --staff 工号}: every appointment of one person, oldest first. */
@Command(name = "history")
@RequiresPermission(TeamPermissions.READ)
final class HistoryCommand extends RosterCliCommand {

	private final RosterService roster;
	private final DirectoryService directory;

	@Option(names = "--staff", required = true, paramLabel = "工号")
	String staffNo;

	HistoryCommand(RosterService roster, DirectoryService directory) {
		this.roster = roster;
		this.directory = directory;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		List<RosterEntry> entries = roster.history(staffNo.strip(), actor);
		DepartmentNames names = directory.departmentNames();
		for (RosterEntry e : entries) {
			SupervisorAssignment a = e.assignment();
			out.println(String.join("\t", String.valueOf(a.id()), a.role().label(),
					cell(names.name(a.departmentCode())), cell(a.groupName()), a.startDate().toString(),
					cell(a.endDate())));
		}
		out.println(Language.format(Messages.historyTotal, staffNo.strip(), entries.size()));
		return 0;
	}
}
