package ducha.study.ui.internal.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.study.Review;
import ducha.study.ReviewAssignment;
import ducha.study.ReviewProblem;
import ducha.study.ReviewService;

/**
 * Records the review of one line of the month's assignment: the day, the staff of the department whose records
 * were read (person-times) and the problems found, each with the rectification asked.
 */
final class ReviewDialog extends FormDialog<Review> {

	private final ReviewService reviews;
	private final Principal principal;
	private final ReviewAssignment line;
	private final List<Staff> departmentStaff;
	private final List<ReviewProblem> problems = new ArrayList<>();

	private DateField date;
	private org.eclipse.swt.widgets.List covered;
	private Text finding;
	private Text rectification;
	private org.eclipse.swt.widgets.List problemList;

	ReviewDialog(Shell parent, Background background, ReviewService reviews, Principal principal,
			ReviewAssignment line, String reviewerName, String departmentName, List<Staff> departmentStaff) {
		super(parent, background, Messages.reviewTitle,
				NLS.bind(Messages.reviewHeading, new Object[] { reviewerName, departmentName, line.month() }),
				Messages.reviewMessage);
		this.reviews = reviews;
		this.principal = principal;
		this.line = line;
		this.departmentStaff = List.copyOf(departmentStaff);
	}

	@Override
	protected void fields(Composite form) {
		LocalDate today = LocalDate.now();
		LocalDate initial = line.month().atEndOfMonth().isBefore(today) ? line.month().atEndOfMonth() : today;
		date = Forms.date(form, Messages.fieldReviewDate, "review.date", initial);
		top(Forms.label(form, Messages.fieldCovered));
		covered = Forms.named(new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL),
				"review.staff");
		covered.setItems(departmentStaff.stream().map(s -> s.staffNo() + " " + s.name()).toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 120).applyTo(covered);
		finding = Forms.area(form, Messages.fieldFinding, "review.finding", 2);
		rectification = Forms.area(form, Messages.fieldRectification, "review.rectification", 2);
		Composite buttons = new Composite(form, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
		buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
		Forms.button(buttons, "review.addProblem", Messages.addProblem).addListener(SWT.Selection, e -> addProblem());
		Forms.button(buttons, "review.removeProblem", Messages.removeProblem).addListener(SWT.Selection,
				e -> removeProblem());
		top(Forms.label(form, Messages.fieldProblems));
		problemList = Forms.named(new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
				"review.problems");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 80).applyTo(problemList);
		covered.addListener(SWT.Selection, e -> finding.notifyListeners(SWT.Modify, null));
	}

	private static void top(Label label) {
		GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(label);
	}

	private void addProblem() {
		String found = Forms.optional(finding);
		if (found == null) {
			return;
		}
		ReviewProblem problem = ReviewProblem.of(found, Forms.optional(rectification));
		problems.add(problem);
		problemList.add(problem.finding() + (problem.rectification() == null ? "" : " → " + problem.rectification()));
		finding.setText("");
		rectification.setText("");
	}

	private void removeProblem() {
		int index = problemList.getSelectionIndex();
		if (index >= 0) {
			problems.remove(index);
			problemList.remove(index);
			finding.notifyListeners(SWT.Modify, null);
		}
	}

	@Override
	protected List<String> problems() {
		if (Forms.day(date).isAfter(LocalDate.now())) {
			return List.of(Messages.dateInFuture);
		}
		if (covered.getSelectionCount() == 0) {
			return List.of(Messages.coveredMissing);
		}
		return Forms.optional(finding) != null ? List.of(Messages.findingPending) : List.of();
	}

	@Override
	protected Callable<Review> save() {
		List<String> staff = Arrays.stream(covered.getSelectionIndices()).mapToObj(i -> departmentStaff.get(i))
				.map(Staff::staffNo).toList();
		Review review = Review.of(line.month(), line.reviewerStaffNo(), line.departmentCode(), Forms.day(date), staff,
				List.copyOf(problems));
		return () -> reviews.record(review, principal);
	}
}
