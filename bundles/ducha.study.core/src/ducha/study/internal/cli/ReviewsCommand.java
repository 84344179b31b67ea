package ducha.study.internal.cli;

import java.io.PrintWriter;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import ducha.study.Review;
import ducha.study.ReviewFilter;
import ducha.study.ReviewService;
import ducha.study.internal.reviews.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli study reviews --month YYYY-MM}: the month's reviews the account may read, one per line
 * (tab-separated), with the month's person-times.
 */
@Command(name = "reviews")
final class ReviewsCommand extends StudyCommand {

	private final ReviewService reviews;
	private final DirectoryService directory;

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM")
	String month;

	ReviewsCommand(ReviewService reviews, DirectoryService directory) {
		this.reviews = reviews;
		this.directory = directory;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		List<Review> found = reviews.reviews(ReviewFilter.of(ReviewOptions.month(month)), actor);
		DepartmentNames names = directory.departmentNames();
		out.println(Messages.cliReviewsHeader);
		for (Review r : found) {
			long open = r.problems().stream().filter(p -> !p.verified()).count();
			out.println(String.join("\t", r.recordNo(), names.name(r.departmentCode()), r.reviewerStaffNo(),
					r.date().toString(), String.valueOf(r.personTimes()), String.valueOf(r.problems().size()),
					String.valueOf(open)));
		}
		out.println(NLS.bind(Messages.cliReviewsTotal, found.size(),
				found.stream().mapToInt(Review::personTimes).sum()));
		return 0;
	}
}
