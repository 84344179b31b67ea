package ducha.study.ui.internal.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.NotFoundException;
import ducha.core.security.Principal;
import ducha.study.Review;
import ducha.study.ReviewFilter;
import ducha.study.ReviewProblem;
import ducha.study.ReviewService;

/** Records how the rectification of one problem was verified, and when. */
final class VerifyDialog extends FormDialog<Review> {

	private final ReviewService reviews;
	private final Principal principal;
	/** The review the problem belongs to, to read it again. */
	private final Review review;
	/** The problem as the form was opened on it; its version goes back with the verification. */
	private ReviewProblem problem;

	private Text verification;
	private DateField date;

	VerifyDialog(Shell parent, Background background, ReviewService reviews, Principal principal,
			Review review, ReviewProblem problem) {
		super(parent, background, Messages.verifyTitle, NLS.bind(Messages.verifyHeading, problem.finding()),
				problem.rectification());
		this.reviews = reviews;
		this.principal = principal;
		this.review = review;
		this.problem = problem;
	}

	@Override
	protected void fields(Composite form) {
		verification = Forms.area(form, Messages.fieldVerification, "verify.text", 3);
		date = Forms.date(form, Messages.fieldVerifiedOn, "verify.date", LocalDate.now());
	}

	@Override
	protected List<String> problems() {
		if (Forms.day(date).isAfter(LocalDate.now())) {
			return List.of(Messages.dateInFuture);
		}
		return Forms.optional(verification) == null ? List.of(Messages.verificationMissing) : List.of();
	}

	@Override
	protected Callable<Review> save() {
		String text = Forms.optional(verification);
		LocalDate day = Forms.day(date);
		ReviewProblem seen = problem;
		return () -> reviews.verify(seen.id(), seen.version(), text, day, principal);
	}

	/** Reads the problem again (e.g. verified meanwhile from another desktop); what was typed stays. */
	@Override
	protected Callable<Runnable> reload() {
		long id = problem.id();
		ReviewFilter filter = new ReviewFilter(review.month(), review.departmentCode());
		return () -> {
			ReviewProblem stored = reviews.reviews(filter, principal).stream()
					.flatMap(r -> r.problems().stream()).filter(p -> p.id() == id).findFirst()
					.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.problemGone, problem.finding())));
			return () -> problem = stored;
		};
	}
}
