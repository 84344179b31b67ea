package ducha.team.internal.cli.roster;

import java.io.PrintWriter;

import ducha.cli.RequiresPermission;
import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import ducha.team.RosterService;
import ducha.team.TeamPermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli team exempt DEPARTMENT [--reason TEXT] [--remove]}: a department that needs no part-time
 * supervisors leaves the gaps (or, with {@code --remove}, comes back to them).
 */
@Command(name = "exempt")
@RequiresPermission(TeamPermissions.MANAGE)
final class ExemptCommand extends RosterCliCommand {

	private final RosterService roster;
	private final DirectoryService directory;

	@Parameters(index = "0", paramLabel = "DEPARTMENT", descriptionKey = "team.exempt.department")
	String department;

	@Option(names = "--reason", paramLabel = "TEXT")
	String reason;

	@Option(names = "--remove")
	boolean remove;

	ExemptCommand(RosterService roster, DirectoryService directory) {
		this.roster = roster;
		this.directory = directory;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		String code = directory.departmentNames().code(department);
		if (code == null) {
			throw new ValidationException(Language.format(Messages.badDepartment, department));
		}
		if (remove) {
			roster.unexempt(code, actor);
			out.println(Language.format(Messages.unexempted, directory.departmentNames().name(code)));
		} else {
			roster.exempt(code, reason, actor);
			out.println(Language.format(Messages.exempted, directory.departmentNames().name(code)));
		}
		return 0;
	}
}
