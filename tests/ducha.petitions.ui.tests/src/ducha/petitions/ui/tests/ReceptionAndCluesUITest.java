package ducha.petitions.ui.tests;

import static ducha.petitions.ui.tests.UiHarness.control;
import static ducha.petitions.ui.tests.UiHarness.open;
import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.screenshot;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.petitions.Clue;
import ducha.petitions.ClueService;
import ducha.petitions.ScreeningOutcome;
import ducha.petitions.ui.PetitionsUi;

/** The reception calendar and the screening library parts, as the office director. */
class ReceptionAndCluesUITest {

	@Test
	void theDirectorLogsAReceptionOnThisMonthsCalendar() throws Exception {
		Display display = Display.getCurrent();
		Composite root = open(display, PetitionsUi.RECEPTION_PART_ID);
		Label status = control(root, "reception.status", Label.class);
		Table days = control(root, "reception.list", Table.class);
		waitUntil(display, () -> "the calendar; status: " + status.getText(), () -> status.getText().startsWith("本月"));
		YearMonth month = YearMonth.now();
		assertEquals(month.getYear() + "年" + month.getMonthValue() + "月",
				control(root, "reception.month", Label.class).getText());
		long wednesdays = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
				.filter(d -> d.getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY).count();
		assertTrue(Arrays.stream(days.getItems()).filter(i -> i.getText(1).equals("周三"))
				.map(i -> i.getText(0)).distinct().count() == wednesdays, "every Wednesday listed");

		Staff receiver = service(DirectoryService.class)
				.staff(new StaffQuery(null, EmploymentStatus.ACTIVE, null), principal()).stream()
				.filter(s -> "审判员".equals(s.position())).findFirst().orElseThrow();
		LocalDate wednesday = month.atDay(1).with(java.time.temporal.TemporalAdjusters
				.nextOrSame(java.time.DayOfWeek.WEDNESDAY));
		DateField date = control(root, "reception.date", DateField.class);
		date.setDate(wednesday.getYear(), wednesday.getMonthValue() - 1, wednesday.getDayOfMonth());
		// the receiver is chosen by name: typing the 工号 narrows the staff offered once they are read
		Combo chooser = control(root, "reception.receiver.staff", Combo.class);
		waitUntil(display, "the staff offered", () -> chooser.getItemCount() > 0);
		control(root, "reception.receiver.search", Text.class).setText(receiver.staffNo());
		assertTrue(chooser.getText().startsWith(receiver.name() + "（" + receiver.staffNo() + "，"),
				"the receiver chosen by name: " + chooser.getText());
		control(root, "reception.note", Text.class).setText("群众来访反映立案难问题，已登记并释明");
		click(control(root, "reception.record", Button.class));
		waitUntil(display, "the reception in the calendar", () -> Arrays.stream(days.getItems())
				.anyMatch(i -> i.getText(0).equals(wednesday.toString()) && i.getText(2).startsWith(receiver.name())
						&& i.getText(4).contains("立案难")));
		settle(display);
		screenshot(display, "petitions-reception");
	}

	@Test
	void theDirectorScreensAClueOfTheLibrary() throws Exception {
		Display display = Display.getCurrent();
		Composite root = open(display, PetitionsUi.CLUES_PART_ID);
		Label status = control(root, "clues.status", Label.class);
		Table clues = control(root, "clues.list", Table.class);
		waitUntil(display, () -> "the clues; status: " + status.getText(), () -> status.getText().startsWith("共 "));
		int row = -1;
		for (int i = 0; i < clues.getItemCount() && row < 0; i++) {
			if (clues.getItem(i).getText(6).equals(ScreeningOutcome.PENDING.label())) {
				row = i;
			}
		}
		assertTrue(row >= 0, "the demo library has clues to screen");
		// clues carry department codes; the list names the departments as users know them
		Clue withDepartment = service(ClueService.class).clues(principal()).stream()
				.filter(c -> c.departmentCode() != null).findFirst()
				.orElseGet(() -> fail("the demo library has no clue with a department"));
		String departmentName = service(DirectoryService.class).departments().stream()
				.filter(d -> d.code().equals(withDepartment.departmentCode())).findFirst().orElseThrow().name();
		assertTrue(Arrays.stream(clues.getItems()).anyMatch(i -> i.getText(0).equals(withDepartment.caseNumber())
				&& i.getText(3).equals(departmentName)), "the clue's row shows " + departmentName);
		// and the judge by name, with the 工号 in parentheses
		Clue withJudge = service(ClueService.class).clues(principal()).stream()
				.filter(c -> c.staffNo() != null && service(DirectoryService.class).staff(c.staffNo()).isPresent())
				.findFirst().orElseGet(() -> fail("the demo library has no clue naming a judge"));
		Staff judge = service(DirectoryService.class).staff(withJudge.staffNo()).orElseThrow();
		assertTrue(Arrays.stream(clues.getItems()).anyMatch(i -> i.getText(0).equals(withJudge.caseNumber())
				&& i.getText(2).equals(judge.label())), "the clue's row shows " + judge.label());
		String caseNumber = clues.getItem(row).getText(0);
		clues.setSelection(row);
		clues.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Combo outcome = control(root, "clues.outcome", Combo.class);
		outcome.select(Arrays.asList(outcome.getItems()).indexOf(ScreeningOutcome.NO_ISSUE.label()));
		control(root, "clues.note", Text.class).setText("经调阅卷宗，改判系法律适用分歧，未发现违纪问题");
		click(control(root, "clues.screen", Button.class));
		waitUntil(display, "the screened clue", () -> service(ClueService.class).clues(principal()).stream()
				.filter(c -> c.caseNumber().equals(caseNumber)).map(Clue::outcome)
				.anyMatch(o -> o == ScreeningOutcome.NO_ISSUE));
		waitUntil(display, "the list to show the result", () -> Arrays.stream(clues.getItems())
				.anyMatch(i -> i.getText(0).equals(caseNumber) && i.getText(6).equals("无问题")));
		settle(display);
		screenshot(display, "petitions-clues");
	}
}
