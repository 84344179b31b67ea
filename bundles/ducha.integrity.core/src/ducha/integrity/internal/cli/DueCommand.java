package ducha.integrity.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.core.security.Principal;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.internal.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducha-cli integrity due [--days N]}: risk measures whose periodic review is due or overdue. */
@Command(name = "due")
final class DueCommand extends IntegrityCommand {

	private final RiskListService riskList;

	@Option(names = "--days", defaultValue = "" + RiskMeasure.REVIEW_WINDOW_DAYS)
	int days;

	DueCommand(RiskListService riskList) {
		this.riskList = riskList;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		LocalDate today = LocalDate.now();
		List<RiskMeasure> due = riskList.dueForReview(today, days, actor);
		for (RiskMeasure m : due) {
			String overdue = m.reviewDate().isBefore(today) ? Messages.cliDueOverdue : "";
			out.println(m.recordNo() + "\t" + m.reviewDate() + overdue + "\t"
					+ m.post() + "\t" + m.measure() + "\t" + m.owner());
		}
		out.println(NLS.bind(Messages.cliDueSummary, days, due.size()));
		return 0;
	}
}
