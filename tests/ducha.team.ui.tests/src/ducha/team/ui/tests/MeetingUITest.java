package ducha.team.ui.tests;

import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.MainWindow.show;
import static ducha.test.ui.UiTesting.TIMEOUT;
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

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.MentoringService;
import ducha.team.Mentorship;
import ducha.team.Milestone;
import ducha.team.WorkMeeting;

/**
 * Inside the real workbench on the demo court, in Chinese, as the administrator: 记录例会… in the 工作例会 view records
 * today's meeting with two supervisors ticked by name, 提出问题… raises a problem at it, 分析研讨… records its analysis
 * and resolution, and the problem is found in the meeting's list; in the 跟班学习 view a milestone of a demo
 * mentorship is marked reached.
 */
class MeetingUITest {

	private static final String TITLE = "界面测试：督察员工作例会";
	private static final String PROBLEM = "界面测试：部门廉政风险点清单未更新";

	@Test
	void recordingAMeetingWithAProblemAndItsAnalysis() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		Principal principal = principal();
		MeetingService meetings = service(MeetingService.class);
		LocalDate today = LocalDate.now();

		// the test database may hold today's meeting of an earlier run: this run's title is its own
		String title = TITLE + " " + LocalTime.now().withNano(0);
		MPart part = show(display, "ducha.team.ui.part.meetings");
		Table list = named(widget(part), AppModel.WIDGET_KEY, "meetings.list", Table.class);
		List<String> attended = new ArrayList<>();
		whenShellOpens(display, "记录例会", dialog -> {
			Text titleField = named(dialog, AppModel.WIDGET_KEY, "meeting.title", Text.class);
			Table attendees = named(dialog, AppModel.WIDGET_KEY, "meeting.attendees", Table.class);
			// two supervisors stay ticked, by name; the others are absent
			for (TableItem item : attendees.getItems()) {
				item.setChecked(attended.size() < 2);
				if (item.getChecked()) {
					attended.add(item.getText());
				}
			}
			titleField.setText(title);
			click(button(dialog, "确定"));
		});
		click(button(widget(part), "记录例会…"));
		waitUntil(display, "the recorded meeting", () -> meetings.meetings(Period.of(today, today), principal)
				.stream().anyMatch(m -> m.title().equals(title)));
		WorkMeeting meeting = meetings.agenda(today, principal).meeting();
		List<String> names = meeting.attendees().stream()
				.map(no -> meetings.supervisorsOn(today, principal).stream().filter(s -> s.staffNo().equals(no))
						.map(s -> s.name() + "（" + s.staffNo() + "）").findFirst().orElse(no))
				.toList();
		assertEquals(attended, names, "the attendees ticked by name");
		waitUntil(display, "the meeting selected in the list", () -> list.getSelectionCount() == 1
				&& list.getSelection()[0].getText(0).equals(today.toString())
				&& button(widget(part), "提出问题…").isEnabled());

		int before = meetings.agenda(today, principal).raised().size();
		whenShellOpens(display, "提出问题", dialog -> {
			choose(named(dialog, AppModel.WIDGET_KEY, "problem.raisedBy", Combo.class), 0);
			choose(named(dialog, AppModel.WIDGET_KEY, "problem.department", Combo.class), 0);
			named(dialog, AppModel.WIDGET_KEY, "problem.description", Text.class).setText(PROBLEM);
			click(button(dialog, "确定"));
		});
		click(button(widget(part), "提出问题…"));
		waitUntil(display, "the raised problem",
				() -> meetings.agenda(today, principal).raised().size() == before + 1);
		MeetingProblem raised = meetings.agenda(today, principal).raised().get(before);
		assertEquals(PROBLEM, raised.description());
		Table problems = named(widget(part), AppModel.WIDGET_KEY, "meetings.problems", Table.class);
		waitUntil(display, "the problem in the meeting's list, selected", () -> problems.getSelectionCount() == 1
				&& problems.getSelection()[0].getText(0).equals(raised.problemNo())
				&& problems.getSelection()[0].getText(1).equals("本次提出")
				&& button(widget(part), "分析研讨…").isEnabled());

		whenShellOpens(display, "分析研讨", dialog -> {
			named(dialog, AppModel.WIDGET_KEY, "analysis.text", Text.class).setText("岗位调整后未同步梳理风险点");
			named(dialog, AppModel.WIDGET_KEY, "analysis.resolution", Text.class).setText("重新梳理岗位风险点并备案");
			choose(named(dialog, AppModel.WIDGET_KEY, "analysis.owner", Combo.class), 0);
			click(button(dialog, "确定"));
		});
		click(button(widget(part), "分析研讨…"));
		waitUntil(display, "the analysis", () -> meetings.problem(raised.problemNo(), principal).analysed());
		MeetingProblem analysed = meetings.problem(raised.problemNo(), principal);
		assertEquals("重新梳理岗位风险点并备案", analysed.resolution());
		assertEquals(today.plusDays(30), analysed.due());
		waitUntil(display, "the resolution in the list", () -> Arrays.stream(problems.getItems())
				.anyMatch(i -> i.getText(0).equals(raised.problemNo()) && i.getText(3).equals("重新梳理岗位风险点并备案")));
		assertTrue(meetings.problems(true, principal).stream().anyMatch(p -> p.problemNo().equals(raised.problemNo())),
				"an open problem, carried to the next meeting");
		settle(display);
		screenshot(display, "team-meetings");
	}

	@Test
	void theMentoringViewShowsTheDemoMentorshipsAndMarksAMilestoneReached() throws Exception {
		Display display = Display.getCurrent();
		Principal principal = principal();
		MentoringService mentoring = service(MentoringService.class);
		// the demo's open mentorship gets a milestone of this run (the test database may hold earlier runs')
		Mentorship open = mentoring.mentorships(principal).get(0);
		String title = "界面测试：里程碑 " + LocalTime.now().withNano(0);
		open = mentoring.addMilestone(open.id(), Milestone.of(title, LocalDate.now()), principal);
		int late = open.milestones().size() - 1;
		long id = open.id();
		int count = open.milestones().size();
		MPart part = show(display, "ducha.team.ui.part.mentoring");
		Table list = named(widget(part), AppModel.WIDGET_KEY, "mentoring.list", Table.class);
		waitUntil(display, "the demo mentorships", () -> list.getItemCount() >= 2);
		select(list, 0);
		Table milestones = named(widget(part), AppModel.WIDGET_KEY, "mentoring.milestones", Table.class);
		waitUntil(display, "the open mentorship's milestones", () -> milestones.getItemCount() == count);
		select(milestones, late);
		waitUntil(display, "完成里程碑 enabled", () -> button(widget(part), "完成里程碑").isEnabled());
		click(button(widget(part), "完成里程碑"));
		waitUntil(display, "the milestone reached",
				() -> mentoring.mentorship(id, principal).milestones().get(late).done());
		waitUntil(display, "its day in the list", () -> milestones.getItemCount() > late
				&& milestones.getItem(late).getText(2).equals(LocalDate.now().toString()));
		settle(display);
		screenshot(display, "team-mentoring");
	}

	/** Selects the row as a click does (the selection event included). */
	private static void select(Table table, int row) {
		table.select(row);
		Event selection = new Event();
		selection.item = table.getItem(row);
		table.notifyListeners(SWT.Selection, selection);
	}

	private static void choose(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Runs the action once a shell with the title is open. Dialogs open modally (a nested event loop), so the action
	 * is polled for with timerExec before the button that opens the dialog is pressed.
	 */
	private static void whenShellOpens(Display display, String title, Consumer<Shell> action) {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell shell = Arrays.stream(display.getShells())
					.filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst()
					.orElse(null);
			if (shell != null) {
				action.accept(shell);
			} else if (System.nanoTime() < end) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}
}
