package ducha.integrity.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import ducha.core.NotFoundException;
import ducha.core.security.Principal;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.internal.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli integrity review FX-001 [--on DATE] --next DATE [--note TEXT]}: records a periodic review of a
 * risk-control measure, which moves its review date (and so ends its reminder).
 */
@Command(name = "review")
final class ReviewCommand extends IntegrityCommand {

	private final RiskListService riskList;

	@Parameters(index = "0", paramLabel = "NO", descriptionKey = "measure")
	String recordNo;

	@Option(names = "--on", paramLabel = "DATE")
	String on;

	@Option(names = "--next", paramLabel = "DATE", required = true)
	String next;

	@Option(names = "--note", paramLabel = "TEXT")
	String note;

	ReviewCommand(RiskListService riskList) {
		this.riskList = riskList;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		LocalDate reviewedOn = ReportCommand.date(on, "--on", LocalDate.now());
		LocalDate nextReview = ReportCommand.date(next, "--next", null);
		// the command line shows nothing before it writes: the version it saw is the one stored now
		RiskMeasure measure = riskList.measures(actor).stream().filter(m -> m.recordNo().equals(recordNo))
				.findFirst().orElseThrow(() -> new NotFoundException(NLS.bind(Messages.riskMeasureNotFound, recordNo)));
		RiskMeasure reviewed = riskList.recordReview(recordNo, reviewedOn, nextReview, note, measure.version(), actor);
		out.println(NLS.bind(Messages.cliReviewed, reviewed.recordNo(), reviewedOn, reviewed.reviewDate()));
		return 0;
	}
}
