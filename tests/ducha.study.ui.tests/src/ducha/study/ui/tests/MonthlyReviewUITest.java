package ducha.study.ui.tests;

import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.MainWindow.show;
import static ducha.test.ui.ModalDialogs.onDialog;
import static ducha.test.ui.UiTesting.button;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.named;
import static ducha.test.ui.UiTesting.screenshot;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.app.ui.Pinyin;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.study.Review;
import ducha.study.ReviewAssignment;
import ducha.study.ReviewFilter;
import ducha.study.ReviewService;
import ducha.study.StudyRecordService;
import ducha.study.StudySession;
import ducha.test.ui.PrintPreviews;

/**
 * Inside the real workbench on the demo court, in Chinese, as the administrator: the monthly review view shows the
 * month's assignment; choosing a line not yet reviewed and 登记调阅… records a review with two staff covered and one
 * problem, which the month's review list then shows. The study records view lists a department's demo year.
 */
class MonthlyReviewUITest {

	private static final String PART_ID = "ducha.study.ui.part.reviews";

	@Test
	void recordingAMonthlyReviewShowsItInTheMonthsReviews() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		Principal principal = principal();
		assertNotNull(principal, "no Principal in the application context: the log-in failed");
		YearMonth month = YearMonth.now();
		ReviewAssignment line = lineToReview(month, principal);
		DirectoryService directory = service(DirectoryService.class);
		String department = directory.department(line.departmentCode()).orElseThrow().name();

		MPart part = show(display, PART_ID);
		Table assignment = named(widget(part), AppModel.WIDGET_KEY, "reviews.assignment", Table.class);
		waitUntil(display, "the line of " + department, () -> row(assignment, department) >= 0);
		int index = row(assignment, department);
		assignment.select(index);
		Event selection = new Event();
		selection.item = assignment.getItem(index);
		assignment.notifyListeners(SWT.Selection, selection);

		List<String> covered = new ArrayList<>();
		onDialog(display, "登记调阅", dialog -> {
			org.eclipse.swt.widgets.List staff = named(dialog, AppModel.WIDGET_KEY, "review.staff",
					org.eclipse.swt.widgets.List.class);
			staff.select(0);
			staff.select(1);
			staff.notifyListeners(SWT.Selection, new Event());
			Arrays.stream(staff.getSelection()).map(item -> item.split(" ")[0]).forEach(covered::add);
			named(dialog, AppModel.WIDGET_KEY, "review.finding", Text.class).setText("界面测试：学习记录未体现研讨发言");
			named(dialog, AppModel.WIDGET_KEY, "review.rectification", Text.class).setText("补充研讨发言记录");
			click(button(dialog, "添加问题"));
			click(button(dialog, "确定"));
		});
		click(button(widget(part), "登记调阅…"));

		Table reviews = named(widget(part), AppModel.WIDGET_KEY, "reviews.list", Table.class);
		waitUntil(display, "the recorded review in the month's list", () -> Arrays.stream(reviews.getItems())
				.anyMatch(i -> i.getText(1).equals(department) && i.getText(4).equals("2")));
		settle(display);
		screenshot(display, "study-monthly-review");

		List<Review> stored = service(ReviewService.class)
				.reviews(new ReviewFilter(month, line.departmentCode()), principal);
		assertEquals(1, stored.size());
		assertEquals(Set.copyOf(covered), Set.copyOf(stored.get(0).coveredStaff()));
		assertEquals(line.reviewerStaffNo(), stored.get(0).reviewerStaffNo());
		assertEquals(List.of("界面测试：学习记录未体现研讨发言"),
				stored.get(0).problems().stream().map(p -> p.finding()).toList());

		// 反馈预览… of the review chosen: the month's feedback to the department as a draft, which takes no number
		int recorded = java.util.stream.IntStream.range(0, reviews.getItemCount())
				.filter(i -> reviews.getItem(i).getText(1).equals(department)).findFirst().orElseThrow();
		reviews.select(recorded);
		Event chosen = new Event();
		chosen.item = reviews.getItem(recorded);
		reviews.notifyListeners(SWT.Selection, chosen);
		String title = service(ReviewService.class).feedbackDraft(month, line.departmentCode(), principal).title();
		List<String> previewed = new ArrayList<>();
		PrintPreviews.read(display, title, previewed);
		click(named(widget(part), AppModel.WIDGET_KEY, "reviews.feedbackPreview", Button.class));
		waitUntil(display, "the feedback's preview shown and closed", () -> previewed.size() == 2);
		assertTrue(previewed.get(0).matches("第 1 页 共 \\d+ 页"), previewed.get(0));
		assertTrue(previewed.get(1).contains(title), previewed.get(1));
		assertTrue(previewed.get(1).contains("（草稿，出具时编号）"), "marked as a draft: " + previewed.get(1));
		assertTrue(previewed.get(1).contains("界面测试：学习记录未体现研讨发言"), previewed.get(1));
	}

	/**
	 * A new study session takes its attendees by name: typing a colleague's 拼音 initials finds them for 添加, and the
	 * session stores their 工号; the list shows 姓名（工号）.
	 */
	@Test
	void aSessionsAttendeesAreChosenByPinyinInitials() throws Exception {
		Display display = Display.getCurrent();
		Principal principal = principal();
		MPart part = show(display, "ducha.study.ui.part.sessions");
		Combo department = named(widget(part), AppModel.WIDGET_KEY, "sessions.department", Combo.class);
		waitUntil(display, "the departments", () -> department.getItemCount() > 5);
		DirectoryService directory = service(DirectoryService.class);
		String code = directory.departments().stream().filter(d -> d.name().equals(department.getText()))
				.findFirst().orElseThrow().code();
		List<Staff> all = directory.staff(StaffQuery.ALL, principal);
		// a serving colleague whose 拼音 initials no one else's start with: typing them finds them first
		Staff attendee = all.stream().filter(s -> s.status().onStaff())
				.filter(s -> all.stream().filter(o -> Pinyin.initials(o.name()).startsWith(Pinyin.initials(s.name())))
						.count() == 1)
				.findFirst().orElseThrow();
		Period year = Period.year(java.time.LocalDate.now().getYear());
		int before = service(StudyRecordService.class).sessions(code, year, principal).size();

		List<String> seen = new ArrayList<>();
		onDialog(display, "学习记录", dialog -> {
			named(dialog, AppModel.WIDGET_KEY, "session.topic", Text.class).setText("界面测试：拼音查找参加人员");
			named(dialog, AppModel.WIDGET_KEY, "session.attendees.search", Text.class)
					.setText(Pinyin.initials(attendee.name()));
			click(named(dialog, AppModel.WIDGET_KEY, "session.attendees.add", Button.class));
			seen.addAll(Arrays.asList(named(dialog, AppModel.WIDGET_KEY, "session.attendees.chosen",
					org.eclipse.swt.widgets.List.class).getItems()));
			click(button(dialog, "确定"));
		});
		click(named(widget(part), AppModel.WIDGET_KEY, "sessions.new", Button.class));
		waitUntil(display, "the stored session",
				() -> service(StudyRecordService.class).sessions(code, year, principal).size() == before + 1);
		assertEquals(List.of(attendee.label()), seen);
		StudySession stored = service(StudyRecordService.class).sessions(code, year, principal).stream()
				.filter(s -> s.topic().equals("界面测试：拼音查找参加人员")).findFirst().orElseThrow();
		assertEquals(List.of(attendee.staffNo()), stored.attendees());
	}

	@Test
	void theSessionsViewListsTheDemoYearOfTheChosenDepartment() throws Exception {
		Display display = Display.getCurrent();
		MPart part = show(display, "ducha.study.ui.part.sessions");
		Combo department = named(widget(part), AppModel.WIDGET_KEY, "sessions.department", Combo.class);
		Table sessions = named(widget(part), AppModel.WIDGET_KEY, "sessions.list", Table.class);
		waitUntil(display, "the departments", () -> department.getItemCount() > 5);
		waitUntil(display, "the sessions of " + department.getText(), () -> sessions.getItemCount() > 0);
		assertTrue(Arrays.stream(sessions.getItems()).allMatch(i -> i.getText(0).startsWith("XX")),
				"every session has its 编号");
		settle(display);
		screenshot(display, "study-sessions");
	}

	/**
	 * A line of the month's assignment whose department has no review yet: one the demo assigned, or else one the
	 * office assigns here (a political supervisor and a department with two staff or more, not their own).
	 */
	private static ReviewAssignment lineToReview(YearMonth month, Principal office) {
		ReviewService reviews = service(ReviewService.class);
		Set<String> reviewed = reviews.reviews(ReviewFilter.of(month), office).stream()
				.map(Review::departmentCode).collect(Collectors.toSet());
		List<ReviewAssignment> lines = reviews.assignments(month, office);
		Optional<ReviewAssignment> open = lines.stream().filter(l -> !reviewed.contains(l.departmentCode()))
				.findFirst();
		if (open.isPresent()) {
			return open.get();
		}
		DirectoryService directory = service(DirectoryService.class);
		String reviewer = service(SupervisorService.class).heldOn(SupervisorRole.POLITICAL_SUPERVISOR,
				month.atDay(1)).get(0).staffNo();
		String own = directory.staff(reviewer).orElseThrow().departmentCode();
		Set<String> assigned = lines.stream().map(ReviewAssignment::departmentCode).collect(Collectors.toSet());
		String department = directory.departments().stream().filter(Department::active).map(Department::code)
				.filter(code -> !code.equals(own) && !assigned.contains(code) && !reviewed.contains(code))
				.filter(code -> directory.staff(new StaffQuery(code, EmploymentStatus.ACTIVE, null), office).size() >= 2)
				.findFirst().orElseThrow();
		ReviewAssignment line = ReviewAssignment.of(month, reviewer, department);
		List<ReviewAssignment> saved = new ArrayList<>(lines);
		saved.add(line);
		reviews.saveAssignments(month, saved, office);
		return line;
	}

	private static int row(Table table, String text) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(text)) {
				return i;
			}
		}
		return -1;
	}
}
