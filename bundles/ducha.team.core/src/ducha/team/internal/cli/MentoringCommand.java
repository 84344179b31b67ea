package ducha.team.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import ducha.team.Mentorship;
import ducha.team.MentoringService;
import ducha.team.TeamPermissions;
import ducha.team.internal.mentoring.Messages;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli team mentoring}: the mentorships, open first, one per line (tab-separated): number, mentor,
 * trainee, rotation, milestones reached of all, items shadowed, state.
 */
@Command(name = "mentoring")
@RequiresPermission(TeamPermissions.READ)
final class MentoringCommand extends TeamCommand {

	private final MentoringService mentoring;
	private final DirectoryService directory;

	MentoringCommand(MentoringService mentoring, DirectoryService directory) {
		this.mentoring = mentoring;
		this.directory = directory;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		List<Mentorship> all = mentoring.mentorships(actor);
		LocalDate today = LocalDate.now();
		out.println(Messages.cliHeader);
		for (Mentorship m : all) {
			int done = m.milestones().size() - m.openMilestones().size();
			out.println(String.join("\t", String.valueOf(m.id()), name(m.mentorStaffNo()), name(m.traineeStaffNo()),
					m.from() + " ~ " + m.to(), done + "/" + m.milestones().size(), String.valueOf(m.shadowed().size()),
					state(m, today)));
		}
		out.println(NLS.bind(Messages.cliTotal, all.size(), all.stream().filter(m -> !m.signedOff()).count()));
		return 0;
	}

	private static String state(Mentorship m, LocalDate today) {
		if (m.signedOff()) {
			return NLS.bind(Messages.stateSignedOff, m.signedOffOn());
		}
		return m.milestones().stream().anyMatch(x -> x.overdue(today)) ? Messages.stateOverdue : Messages.stateOpen;
	}

	private String name(String staffNo) {
		return directory.staff(staffNo).map(s -> s.name()).orElse(staffNo);
	}
}
