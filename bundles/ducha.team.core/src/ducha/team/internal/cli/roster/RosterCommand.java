package ducha.team.internal.cli.roster;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import ducha.core.Language;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.security.Principal;
import ducha.team.RosterEntry;
import ducha.team.RosterService;
import ducha.team.TeamPermissions;
import ducha.cli.RequiresPermission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducha-cli team roster [--on DATE]}: who held which role on the day, then the day's gaps. */
@Command(name = "roster")
@RequiresPermission(TeamPermissions.READ)
final class RosterCommand extends RosterCliCommand {

	private final RosterService roster;
	private final DirectoryService directory;

	@Option(names = "--on", paramLabel = "YYYY-MM-DD")
	String on;

	RosterCommand(RosterService roster, DirectoryService directory) {
		this.roster = roster;
		this.directory = directory;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		LocalDate day = day(on);
		List<RosterEntry> entries = roster.roster(day, actor);
		DepartmentNames names = directory.departmentNames();
		out.println(Messages.rosterHeader);
		for (RosterEntry e : entries) {
			SupervisorAssignment a = e.assignment();
			out.println(String.join("\t", String.valueOf(a.id()), a.role().label(),
					cell(names.name(a.departmentCode())), a.staffNo(), e.staffName(), cell(a.groupName()),
					a.startDate().toString(), cell(a.endDate()), cell(e.criteria().decisionRef())));
		}
		out.println(Language.format(Messages.rosterTotal, day, entries.size(), roster.gaps(day, actor).size()));
		return 0;
	}
}
