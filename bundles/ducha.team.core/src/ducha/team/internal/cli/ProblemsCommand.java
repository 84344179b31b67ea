package ducha.team.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.TeamPermissions;
import ducha.team.internal.meetings.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli team problems [--open]}: the problems raised at work meetings (only the unresolved ones with
 * {@code --open}), one per line (tab-separated): number, department, raised by, problem, owner, due, state.
 */
@Command(name = "problems")
@RequiresPermission(TeamPermissions.READ)
final class ProblemsCommand extends TeamCommand {

	private final MeetingService meetings;
	private final DirectoryService directory;

	@Option(names = "--open")
	boolean open;

	ProblemsCommand(MeetingService meetings, DirectoryService directory) {
		this.meetings = meetings;
		this.directory = directory;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		List<MeetingProblem> problems = meetings.problems(open, actor);
		DepartmentNames names = directory.departmentNames();
		LocalDate today = LocalDate.now();
		out.println(Messages.cliProblemsHeader);
		for (MeetingProblem p : problems) {
			out.println(String.join("\t", p.problemNo(), names.name(p.departmentCode()), name(p.raisedBy()),
					p.description(), name(p.ownerStaffNo()), p.due() == null ? "" : p.due().toString(), state(p, today)));
		}
		out.println(NLS.bind(Messages.cliProblemsTotal, problems.size(),
				problems.stream().filter(p -> p.overdue(today)).count()));
		return 0;
	}

	private static String state(MeetingProblem p, LocalDate today) {
		if (p.resolved()) {
			return NLS.bind(Messages.stateResolved, p.resolvedOn());
		}
		return p.overdue(today) ? Messages.stateOverdue : p.analysed() ? Messages.stateOpen : Messages.stateNew;
	}

	private String name(String staffNo) {
		return staffNo == null ? "" : directory.staff(staffNo).map(s -> s.name()).orElse(staffNo);
	}
}
