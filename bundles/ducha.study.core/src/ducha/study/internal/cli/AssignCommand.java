package ducha.study.internal.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.study.ReviewAssignment;
import ducha.study.ReviewService;
import ducha.study.RotationProposal;
import ducha.study.StudyPermissions;
import ducha.study.internal.reviews.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli study assign --month YYYY-MM [--save]}: prints the month's proposed review assignment with the
 * pairs that repeat before their round came round and the departments nobody could take; {@code --save} stores it
 * as the month's assignment (replacing what was stored).
 */
@Command(name = "assign")
@RequiresPermission(StudyPermissions.REVIEWS_ASSIGN)
final class AssignCommand extends StudyCommand {

	private final ReviewService reviews;
	private final DirectoryService directory;

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM")
	String month;

	@Option(names = "--save")
	boolean save;

	AssignCommand(ReviewService reviews, DirectoryService directory) {
		this.reviews = reviews;
		this.directory = directory;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		YearMonth chosen = ReviewOptions.month(month);
		RotationProposal proposal = reviews.propose(chosen, actor);
		DepartmentNames names = directory.departmentNames();
		out.println(NLS.bind(Messages.cliProposalTitle, chosen));
		out.println(Messages.cliProposalHeader);
		for (ReviewAssignment line : proposal.assignments()) {
			out.println(names.name(line.departmentCode()) + "\t" + line.reviewerStaffNo() + "\t"
					+ name(line.reviewerStaffNo()));
		}
		for (ReviewAssignment repeat : proposal.repeats()) {
			out.println(NLS.bind(Messages.cliProposalRepeat, name(repeat.reviewerStaffNo()),
					names.name(repeat.departmentCode())));
		}
		if (!proposal.uncovered().isEmpty()) {
			out.println(NLS.bind(Messages.cliProposalUncovered,
					String.join("、", proposal.uncovered().stream().map(names::name).toList())));
		}
		if (save) {
			List<ReviewAssignment> stored = reviews.saveAssignments(chosen, proposal.assignments(), actor);
			out.println(NLS.bind(Messages.cliProposalSaved, stored.size(), chosen));
		}
		return 0;
	}

	private String name(String staffNo) {
		return directory.staff(staffNo).map(Staff::name).orElse(staffNo);
	}
}
