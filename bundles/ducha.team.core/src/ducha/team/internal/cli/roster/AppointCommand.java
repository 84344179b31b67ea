package ducha.team.internal.cli.roster;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;

import ducha.cli.RequiresPermission;
import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.team.RosterEntry;
import ducha.team.RosterService;
import ducha.team.SelectionCriteria;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli team appoint --staff 工号 --role ROLE [--department D] [--group G] --from DATE [--to DATE]
 * [criteria…]}: appoints a supervisor with the selection criteria and prints the appointment's id.
 */
@Command(name = "appoint")
@RequiresPermission(CorePermissions.SUPERVISORS_WRITE)
final class AppointCommand extends RosterCliCommand {

	private final RosterService roster;
	private final DirectoryService directory;

	@Option(names = "--staff", required = true, paramLabel = "工号")
	String staffNo;

	@Option(names = "--role", required = true, paramLabel = "ROLE")
	String role;

	@Option(names = "--department", paramLabel = "DEPARTMENT")
	String department;

	@Option(names = "--group", paramLabel = "GROUP")
	String group;

	@Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
	String from;

	@Option(names = "--to", paramLabel = "YYYY-MM-DD")
	String to;

	@Option(names = "--political", paramLabel = "TEXT")
	String political;

	@Option(names = "--professional", paramLabel = "TEXT")
	String professional;

	@Option(names = "--discipline", paramLabel = "TEXT")
	String discipline;

	@Option(names = "--seniority", paramLabel = "TEXT")
	String seniority;

	@Option(names = "--decision", paramLabel = "TEXT")
	String decision;

	AppointCommand(RosterService roster, DirectoryService directory) {
		this.roster = roster;
		this.directory = directory;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		SupervisorRole chosen = SupervisorRole.parse(role);
		if (chosen == null) {
			throw new ValidationException(Language.format(Messages.badRole, role, Arrays
					.stream(SupervisorRole.values()).map(SupervisorRole::label).collect(Collectors.joining("、"))));
		}
		String code = null;
		if (department != null) {
			code = directory.departmentNames().code(department);
			if (code == null) {
				throw new ValidationException(Language.format(Messages.badDepartment, department));
			}
		}
		SupervisorAssignment assignment = new SupervisorAssignment(0, staffNo.strip(), chosen, code,
				group == null || group.isBlank() ? null : group.strip(), day(from), to == null ? null : day(to));
		RosterEntry appointed = roster.appoint(assignment,
				new SelectionCriteria(political, professional, discipline, seniority, decision), actor);
		out.println(Language.format(Messages.appointed, appointed.id(), appointed.staffName(), chosen.label()));
		return 0;
	}
}
