package ducha.study.ui.internal.reviews;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import ducha.app.print.PrintPreviewDialog;
import ducha.app.print.Printing;
import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Printouts;
import ducha.app.ui.Refreshable;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.study.Review;
import ducha.study.ReviewAssignment;
import ducha.study.ReviewFilter;
import ducha.study.ReviewProblem;
import ducha.study.ReviewService;
import ducha.study.RotationProposal;
import ducha.study.StudyPermissions;

/**
 * 月调阅: the month's assignment, one row per department with its reviewer and whether the review is done, and the
 * month's reviews. The office proposes (生成建议), edits the reviewer of a department and saves; a reviewer records
 * the review of a line assigned to them, and verifies the rectification of the problems found; the office issues
 * the month's feedback to a department as a numbered document.
 */
public class ReviewsPart implements Refreshable {

	/** One row of the assignment table: a department and its reviewer (null while nobody is assigned). */
	record Line(String departmentCode, String departmentName, String reviewer) {
	}

	/** What one reading of the month brings to the UI thread. */
	private record Month(List<Line> lines, List<Review> reviews, Map<String, String> names,
			List<String> reviewerChoices, boolean office) {
	}

	@Inject
	private Principal principal;

	@Inject
	private Background background;

	private volatile ReviewService reviews;
	private volatile DirectoryService directory;
	private volatile SupervisorService supervisors;
	private volatile AuthorizationService authorization;

	private final List<YearMonth> months = new ArrayList<>();
	private Combo month;
	private Label status;
	private Button propose;
	private Button save;
	private Combo reviewer;
	private Button setReviewer;
	private ListTable<Line> assignment;
	private ListTable<Review> reviewList;
	private Button issue;
	private Button preview;
	private List<Line> lines = List.of();
	private Set<String> reviewed = Set.of();
	private Map<String, String> names = Map.of();
	private List<String> reviewerChoices = List.of();
	private boolean office;

	@Inject
	void servicesChanged(@Optional ReviewService reviewService, @Optional DirectoryService directoryService,
			@Optional SupervisorService supervisorService, @Optional AuthorizationService authorizationService) {
		reviews = reviewService;
		directory = directoryService;
		supervisors = supervisorService;
		authorization = authorizationService;
		if (month != null && !month.isDisposed()) {
			load();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 8);
		Forms.label(bar, Messages.month);
		YearMonth now = YearMonth.now();
		for (int back = -1; back < 12; back++) {
			months.add(now.minusMonths(back));
		}
		month = Forms.combo(bar, "reviews.month", months.stream().map(YearMonth::toString).toArray(String[]::new));
		month.select(1);
		month.addListener(SWT.Selection, e -> load());
		status = Forms.summary(bar, "reviews.status");
		propose = Forms.button(bar, "reviews.propose", Messages.propose);
		propose.addListener(SWT.Selection, e -> propose());
		Forms.label(bar, Messages.reviewer);
		reviewer = Forms.combo(bar, "reviews.reviewer");
		GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).applyTo(reviewer);
		setReviewer = Forms.button(bar, "reviews.setReviewer", Messages.setReviewer);
		setReviewer.addListener(SWT.Selection, e -> setReviewer());
		save = Forms.button(bar, "reviews.save", Messages.saveAssignment);
		save.addListener(SWT.Selection, e -> saveAssignment());

		new Label(parent, SWT.NONE).setText(Messages.assignmentTitle);
		assignment = new ListTable<>(parent, "reviews.assignment", false, Line.class,
				new Column<>(Messages.department, 200, Line::departmentName),
				new Column<>(Messages.reviewer, 180, l -> l.reviewer() == null ? "" : person(l.reviewer())),
				new Column<>(Messages.colReviewed, 100,
						l -> reviewed.contains(l.departmentCode()) ? Messages.reviewedYes : Messages.reviewedNo));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(assignment.control());
		assignment.onSelect(l -> enable());

		Composite actions = Forms.bar(new Composite(parent, SWT.NONE), 5);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions.getParent());
		Forms.summary(actions, null).setText(Messages.reviewsTitle);
		Forms.button(actions, "reviews.record", Messages.recordReview).addListener(SWT.Selection, e -> record());
		Forms.button(actions, "reviews.verify", Messages.verifyProblem).addListener(SWT.Selection, e -> verify());
		issue = Forms.button(actions, "reviews.feedback", Messages.issueFeedback);
		issue.addListener(SWT.Selection, e -> feedback());
		preview = Forms.button(actions, "reviews.feedbackPreview", Messages.previewFeedback);
		preview.addListener(SWT.Selection, e -> previewFeedback());
		reviewList = new ListTable<>(parent, "reviews.list", false, Review.class,
				new Column<>(Messages.colNumber, 110, Review::recordNo),
				new Column<>(Messages.department, 160, r -> departmentName(r.departmentCode())),
				new Column<>(Messages.reviewer, 140, r -> person(r.reviewerStaffNo())),
				new Column<>(Messages.colDate, 100, r -> r.date().toString()),
				new Column<>(Messages.colPersonTimes, 70, r -> String.valueOf(r.personTimes())),
				new Column<>(Messages.colProblems, 70, r -> String.valueOf(r.problems().size())),
				new Column<>(Messages.colOpen, 70,
						r -> String.valueOf(r.problems().stream().filter(p -> !p.verified()).count())));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(reviewList.control());
		enable();
		load();
	}

	private YearMonth chosen() {
		return months.get(Math.max(0, month.getSelectionIndex()));
	}

	private void load() {
		ReviewService service = reviews;
		DirectoryService dir = directory;
		if (service == null || dir == null || supervisors == null || authorization == null) {
			status.setText(Messages.unavailable);
			return;
		}
		YearMonth m = chosen();
		status.setText(Messages.loading);
		background.run(Messages.loadJob, () -> read(service, dir, m), this::show, this::refused);
	}

	/** Runs in a job: the month's lines (for the office every active department), reviews and names. */
	private Month read(ReviewService service, DirectoryService dir, YearMonth m) {
		boolean isOffice = authorization.isPermitted(principal, StudyPermissions.REVIEWS_ASSIGN);
		// a department head reads the reviews of their department, not the assignment
		boolean seesAssignment = isOffice || authorization.isPermitted(principal, StudyPermissions.REVIEWS_WRITE)
				|| authorization.isPermitted(principal, StudyPermissions.REVIEWS_READ_ALL);
		List<ReviewAssignment> assigned = seesAssignment ? service.assignments(m, principal) : List.of();
		Map<String, String> reviewerOf = assigned.stream().collect(Collectors.toMap(
				ReviewAssignment::departmentCode, ReviewAssignment::reviewerStaffNo, (a, b) -> a));
		List<Line> read = new ArrayList<>();
		for (Department d : dir.departments()) {
			if (reviewerOf.containsKey(d.code()) || isOffice && d.active()) {
				read.add(new Line(d.code(), d.name(), reviewerOf.get(d.code())));
			}
		}
		List<Review> found = service.reviews(ReviewFilter.of(m), principal);
		List<String> choices = supervisors.heldOn(SupervisorRole.POLITICAL_SUPERVISOR, m.atDay(1)).stream()
				.map(a -> a.staffNo()).distinct().sorted().toList();
		Map<String, String> known = new HashMap<>();
		dir.departments().forEach(d -> known.put("d:" + d.code(), d.name()));
		read.stream().map(Line::reviewer).filter(no -> no != null).forEach(no -> name(dir, no, known));
		found.forEach(r -> name(dir, r.reviewerStaffNo(), known));
		choices.forEach(no -> name(dir, no, known));
		return new Month(read, found, known, choices, isOffice);
	}

	private static void name(DirectoryService dir, String staffNo, Map<String, String> known) {
		known.computeIfAbsent(staffNo, no -> dir.staff(no).map(Staff::name).orElse(no));
	}

	private void show(Month read) {
		if (status.isDisposed()) {
			return;
		}
		names = read.names();
		office = read.office();
		reviewerChoices = read.reviewerChoices();
		reviewer.setItems(reviewerChoices.stream().map(this::person).toArray(String[]::new));
		reviewed = read.reviews().stream().map(Review::departmentCode).collect(Collectors.toSet());
		showLines(read.lines());
		reviewList.show(read.reviews(), null);
		long assigned = lines.stream().filter(l -> l.reviewer() != null).count();
		Forms.report(status, NLS.bind(Messages.assignmentCount, assigned) + "；" + NLS.bind(Messages.reviewsCount,
				read.reviews().size(), read.reviews().stream().mapToInt(Review::personTimes).sum()), false);
		enable();
	}

	private void showLines(List<Line> shown) {
		Line selected = assignment.selected();
		lines = List.copyOf(shown);
		assignment.show(lines, l -> selected != null && l.departmentCode().equals(selected.departmentCode()));
	}

	private void enable() {
		propose.setEnabled(office);
		save.setEnabled(office);
		reviewer.setEnabled(office);
		setReviewer.setEnabled(office && assignment.selected() != null);
		issue.setEnabled(office);
		preview.setEnabled(office);
	}

	private void propose() {
		ReviewService service = reviews;
		YearMonth m = chosen();
		background.run(Messages.loadJob, () -> service.propose(m, principal), this::showProposal, this::refused);
	}

	private void showProposal(RotationProposal proposal) {
		Map<String, String> proposed = proposal.assignments().stream().collect(
				Collectors.toMap(ReviewAssignment::departmentCode, ReviewAssignment::reviewerStaffNo, (a, b) -> a));
		showLines(lines.stream().map(l -> new Line(l.departmentCode(), l.departmentName(),
				proposed.get(l.departmentCode()))).toList());
		String repeats = String.join("、", proposal.repeats().stream()
				.map(a -> person(a.reviewerStaffNo()) + "→" + departmentName(a.departmentCode())).toList());
		String uncovered = String.join("、", proposal.uncovered().stream().map(this::departmentName).toList());
		Forms.report(status, NLS.bind(Messages.draft, proposal.assignments().size()) + " " + NLS.bind(
				Messages.draftNotes, repeats.isEmpty() ? Messages.none : repeats,
				uncovered.isEmpty() ? Messages.none : uncovered), false);
	}

	private void setReviewer() {
		Line line = assignment.selected();
		int index = reviewer.getSelectionIndex();
		if (line == null || index < 0) {
			return;
		}
		String chosenReviewer = reviewerChoices.get(index);
		showLines(lines.stream().map(l -> l.departmentCode().equals(line.departmentCode())
				? new Line(l.departmentCode(), l.departmentName(), chosenReviewer) : l).toList());
	}

	private void saveAssignment() {
		ReviewService service = reviews;
		YearMonth m = chosen();
		List<ReviewAssignment> toSave = lines.stream().filter(l -> l.reviewer() != null)
				.map(l -> ReviewAssignment.of(m, l.reviewer(), l.departmentCode())).toList();
		background.run(Messages.saveJob, () -> service.saveAssignments(m, toSave, principal), saved -> {
			load();
			Forms.report(status, NLS.bind(Messages.assignmentSaved, m), false);
		}, this::refused);
	}

	private void record() {
		Line line = assignment.selected();
		ReviewService service = reviews;
		if (line == null || line.reviewer() == null) {
			Forms.report(status, Messages.chooseLine, true);
			return;
		}
		ReviewAssignment assigned = ReviewAssignment.of(chosen(), line.reviewer(), line.departmentCode());
		background.run(Messages.loadJob, () -> service.coverable(assigned.month(), line.departmentCode(), principal),
				staff -> {
					ReviewDialog dialog = new ReviewDialog(status.getShell(), background, service, principal, assigned,
							person(line.reviewer()), line.departmentName(), staff);
					if (dialog.open() == Window.OK) {
						load();
						Forms.report(status, NLS.bind(Messages.saved, dialog.saved().recordNo()), false);
					}
				}, this::refused);
	}

	private void verify() {
		Review review = reviewList.selected();
		if (review == null) {
			Forms.report(status, Messages.chooseReview, true);
			return;
		}
		ReviewProblem open = review.problems().stream().filter(p -> !p.verified()).findFirst().orElse(null);
		if (open == null) {
			Forms.report(status, Messages.noOpenProblem, true);
			return;
		}
		VerifyDialog dialog = new VerifyDialog(status.getShell(), background, reviews, principal, review, open);
		if (dialog.open() == Window.OK) {
			load();
		}
	}

	/** The department of the selected review, or of the selected line; null (and said so) for none. */
	private String feedbackDepartment() {
		Review review = reviewList.selected();
		Line line = assignment.selected();
		String department = review != null ? review.departmentCode() : line == null ? null : line.departmentCode();
		if (department == null) {
			Forms.report(status, Messages.chooseReview, true);
		}
		return department;
	}

	/**
	 * 反馈预览…: the feedback {@link #feedback} would issue, composed in a job and shown page by page without a number
	 * (none is taken: its number line says it is a draft); printing it prints that draft.
	 */
	private void previewFeedback() {
		String department = feedbackDepartment();
		if (department == null) {
			return;
		}
		YearMonth m = chosen();
		ReviewService service = reviews;
		background.run(Messages.feedbackComposeJob, () -> service.feedbackDraft(m, department, principal), draft -> {
			if (status.isDisposed()) {
				return;
			}
			new PrintPreviewDialog(status.getShell(), Printouts.draft(draft.title(), draft), printout -> {
				Printing.Outcome printed = Printing.print(status.getShell(), printout);
				if (printed != null) {
					Forms.report(status, printed.message(), printed.problem());
				}
			}).open();
		}, this::refused);
	}

	/** The feedback to the department of the selected review, or of the selected line. */
	private void feedback() {
		String department = feedbackDepartment();
		if (department == null) {
			return;
		}
		YearMonth m = chosen();
		FileDialog dialog = new FileDialog(status.getShell(), SWT.SAVE);
		dialog.setText(Messages.feedbackSaveAs);
		dialog.setFilterExtensions(new String[] { "*.docx", "*.pdf" });
		dialog.setFileName(departmentName(department) + m + "调阅反馈.docx");
		dialog.setOverwrite(true);
		String file = FileDialogs.open(dialog);
		if (file == null) {
			return;
		}
		DocumentFormat format = file.toLowerCase(Locale.ROOT).endsWith(".pdf") ? DocumentFormat.PDF
				: DocumentFormat.DOCX;
		ReviewService service = reviews;
		background.run(Messages.feedbackJob, () -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			OfficialDocument issued = service.feedback(m, department, format, bytes, principal);
			Files.write(Path.of(file), bytes.toByteArray());
			return issued;
		}, issued -> Forms.report(status, NLS.bind(Messages.feedbackIssued,
				new Object[] { issued.title(), issued.number(), file }), false), this::refused);
	}

	private String person(String staffNo) {
		String name = names.get(staffNo);
		return name == null ? staffNo : name + "（" + staffNo + "）";
	}

	private String departmentName(String code) {
		return names.getOrDefault("d:" + code, code);
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	/** F5: the month's assignments again. */
	@Override
	public void refresh() {
		load();
	}
}
