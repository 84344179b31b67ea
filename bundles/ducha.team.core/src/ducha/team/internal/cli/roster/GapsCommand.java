package ducha.team.internal.cli.roster;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import ducha.cli.RequiresPermission;
import ducha.core.Language;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import ducha.team.RosterGap;
import ducha.team.RosterService;
import ducha.team.TeamPermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducha-cli team gaps [--on DATE]}: departments without a political or integrity supervisor on the day. */
@Command(name = "gaps")
@RequiresPermission(TeamPermissions.READ)
final class GapsCommand extends RosterCliCommand {

	private final RosterService roster;
	private final DirectoryService directory;

	@Option(names = "--on", paramLabel = "YYYY-MM-DD")
	String on;

	GapsCommand(RosterService roster, DirectoryService directory) {
		this.roster = roster;
		this.directory = directory;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		LocalDate day = day(on);
		List<RosterGap> gaps = roster.gaps(day, actor);
		DepartmentNames names = directory.departmentNames();
		for (RosterGap gap : gaps) {
			out.println(String.join("\t", gap.departmentCode(), names.name(gap.departmentCode()),
					gap.missing().label()));
		}
		out.println(Language.format(Messages.gapsTotal, day, gaps.size()));
		return 0;
	}
}
