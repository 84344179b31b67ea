package ducha.integrity.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducha-cli integrity due [--days N]}: risk measures whose periodic review is due or overdue. */
@Command(name = "due", description = "列出到期待复核的风险防控措施")
final class DueCommand extends IntegrityCommand {

	private final RiskListService riskList;

	@Option(names = "--days", defaultValue = "" + RiskMeasure.REVIEW_WINDOW_DAYS, description = "提前多少天提醒，默认 30")
	int days;

	DueCommand(RiskListService riskList) {
		this.riskList = riskList;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		LocalDate today = LocalDate.now();
		List<RiskMeasure> due = riskList.dueForReview(today, days, actor);
		for (RiskMeasure m : due) {
			out.println(m.recordNo() + "\t" + m.reviewDate() + (m.reviewDate().isBefore(today) ? "（已逾期）" : "") + "\t"
					+ m.post() + "\t" + m.measure() + "\t" + m.owner());
		}
		out.println(days + " 天内待复核 " + due.size() + " 项");
		return 0;
	}
}
