package ducha.study.ui.internal.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.security.Principal;
import ducha.study.Review;
import ducha.study.ReviewProblem;
import ducha.study.ReviewService;

/** Records how the rectification of one problem was verified, and when. */
final class VerifyDialog extends FormDialog<Review> {

	private final ReviewService reviews;
	private final Principal principal;
	private final ReviewProblem problem;

	private Text verification;
	private DateTime date;

	VerifyDialog(Shell parent, Background background, ReviewService reviews, Principal principal,
			ReviewProblem problem) {
		super(parent, background, Messages.verifyTitle, NLS.bind(Messages.verifyHeading, problem.finding()),
				problem.rectification());
		this.reviews = reviews;
		this.principal = principal;
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
		return () -> reviews.verify(problem.id(), text, day, principal);
	}
}
