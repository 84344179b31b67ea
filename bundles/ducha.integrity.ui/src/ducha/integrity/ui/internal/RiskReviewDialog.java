package ducha.integrity.ui.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.RiskReview;

/**
 * 记录复核: the periodic review of one risk-control measure, on a day (today by default) with the next review date
 * and an opinion. The next review is proposed one review cycle after the review: the cycle of the last recorded
 * review, else the time from the measure's coming into force to the review now due, else 12 months.
 */
final class RiskReviewDialog extends FormDialog<RiskMeasure> {

	private static final long DEFAULT_CYCLE_MONTHS = 12;

	private final RiskListService riskList;
	private final Principal principal;
	private final LocalDate today = LocalDate.now();
	private final long cycleMonths;
	/** The measure as the form was filled from it: its version goes with the save. */
	private RiskMeasure measure;

	private DateField reviewedOn;
	private DateField nextReview;
	private Text note;

	/** @param reviews the measure's recorded reviews, latest first ({@link RiskListService#reviews}) */
	RiskReviewDialog(Shell parent, Background background, RiskListService riskList, Principal principal,
			RiskMeasure measure, List<RiskReview> reviews) {
		super(parent, background, Messages.RiskReview_title,
				NLS.bind(Messages.RiskReview_heading, measure.recordNo(), measure.post()), message(measure, reviews));
		this.riskList = riskList;
		this.principal = principal;
		this.measure = measure;
		this.cycleMonths = cycleMonths(measure, reviews);
	}

	private static String message(RiskMeasure measure, List<RiskReview> reviews) {
		String due = NLS.bind(Messages.RiskReview_due, measure.riskPoint(), measure.reviewDate());
		if (reviews.isEmpty()) {
			return due;
		}
		RiskReview last = reviews.get(0);
		return due + Messages.RiskReview_separator
				+ NLS.bind(Messages.RiskReview_last, last.reviewedOn(), last.reviewedBy());
	}

	/** The measure's review cycle in whole months, as the last review set it or as it was first set. */
	static long cycleMonths(RiskMeasure measure, List<RiskReview> reviews) {
		long months = reviews.isEmpty() ? ChronoUnit.MONTHS.between(measure.effectiveDate(), measure.reviewDate())
				: ChronoUnit.MONTHS.between(reviews.get(0).reviewedOn(), reviews.get(0).nextReview());
		return months >= 1 ? months : DEFAULT_CYCLE_MONTHS;
	}

	@Override
	protected void fields(Composite form) {
		reviewedOn = Forms.date(form, Messages.RiskReview_on, "risk.review.on", today);
		nextReview = Forms.date(form, Messages.RiskReview_next, "risk.review.next", today.plusMonths(cycleMonths));
		note = Forms.area(form, Messages.RiskReview_note, "risk.review.note", 4);
	}

	@Override
	protected List<String> problems() {
		List<String> problems = new ArrayList<>();
		LocalDate on = Forms.day(reviewedOn);
		if (on.isAfter(today)) {
			problems.add(Messages.Form_dateInFuture);
		} else if (on.isBefore(measure.effectiveDate())) {
			problems.add(NLS.bind(Messages.RiskReview_beforeEffective, measure.effectiveDate()));
		}
		LocalDate next = Forms.day(nextReview);
		if (!next.isAfter(on) || !next.isAfter(today)) {
			problems.add(Messages.RiskReview_nextTooEarly);
		}
		if (note.getText().strip().length() > RiskReview.NOTE_MAX) {
			problems.add(NLS.bind(Messages.RiskReview_noteTooLong, RiskReview.NOTE_MAX));
		}
		return problems;
	}

	@Override
	protected Callable<RiskMeasure> save() {
		String no = measure.recordNo();
		LocalDate on = Forms.day(reviewedOn);
		LocalDate next = Forms.day(nextReview);
		String text = Forms.optional(note);
		long seen = measure.version();
		return () -> riskList.recordReview(no, on, next, text, seen, principal);
	}

	/** After another desktop changed the measure: read it again, keeping what was typed. */
	@Override
	protected Callable<Runnable> reload() {
		String no = measure.recordNo();
		return () -> {
			RiskMeasure fresh = riskList.measures(principal).stream().filter(m -> m.recordNo().equals(no)).findFirst()
					.orElseThrow(() -> new NotFoundException(no));
			return () -> measure = fresh;
		};
	}
}
