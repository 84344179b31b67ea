package ducha.study.ui.tests;

import static ducha.test.ui.MainWindow.parts;
import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.UiTesting.TIMEOUT;
import static ducha.test.ui.UiTesting.button;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.find;
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
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.Principal;
import ducha.study.MyTest;
import ducha.study.Paper;
import ducha.study.PaperQuestion;
import ducha.study.QuestionType;
import ducha.study.TestService;
import ducha.test.ui.Accounts;

/**
 * As the demo court's staff account, inside the real workbench in Chinese: 我的检测 lists the workbench exam open
 * this week; the staff member starts it, answers every question right page by page (radio buttons, check buttons),
 * hands it in after the confirmation and sees the score, which the service has stored as theirs. The staff account
 * logs in through 注销 / 切换用户 in the workbench the other tests share, and the account the workbench started with
 * logs in again afterwards, whatever the outcome, for the tests that run next.
 */
class ExamUITest {

	private static final String PART_ID = "ducha.study.ui.part.mytests";

	private final Display display = Display.getCurrent();
	private String startAccount;

	@BeforeEach
	void logInAsStaff() throws InterruptedException {
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		startAccount = principal().username();
		Accounts.switchTo(display, DemoAccounts.STAFF, DemoAccounts.PASSWORD);
	}

	@AfterEach
	void logTheStartAccountInAgain() throws InterruptedException {
		Accounts.switchTo(display, startAccount, System.getProperty("ducha.login.password", DemoAccounts.PASSWORD));
	}

	@Test
	void aStaffMemberTakesTheOpenExamAndSeesTheResult() throws Exception {
		Principal staff = principal();
		assertNotNull(staff, "no Principal in the application context: the log-in failed");
		assertEquals(DemoAccounts.STAFF, staff.username(), "the staff account is logged in");
		assertNotNull(staff.staffNo(), "the demo staff account has a 工号");
		TestService tests = service(TestService.class);
		Principal office = Principal.system("ui-test");
		MyTest open = tests.myTests(staff).stream().filter(t -> t.test().openOn(LocalDate.now())).findFirst()
				.orElseThrow(() -> new AssertionError("the demo has no exam open for " + staff.username()));
		if (!open.canStart()) {
			// a database kept from an earlier run: the office grants the staff member another attempt
			tests.grantAttempt(open.test().code(), staff.staffNo(), office);
		}
		// the key, read as the office would (the staff account may not see it)
		Paper paper = tests.paper(open.test().code(), office);

		EPartService parts = parts(display);
		MPart part = parts.showPart(PART_ID, PartState.ACTIVATE);
		Control view = widget(part);
		Table table = named(view, AppModel.WIDGET_KEY, "mytests.table", Table.class);
		waitUntil(display, "my tests", () -> Arrays.stream(table.getItems())
				.anyMatch(i -> i.getText(0).equals(open.test().code())));
		Button start = button(view, "开始答题");
		waitUntil(display, "开始答题 enabled for the open exam", start::isEnabled);
		click(start);

		Label countdown = named(view, AppModel.WIDGET_KEY, "exam.countdown", Label.class);
		waitUntil(display, "the countdown", () -> countdown.getText().startsWith("剩余时间"));
		Label progress = named(view, AppModel.WIDGET_KEY, "exam.progress", Label.class);
		for (PaperQuestion q : paper.questions()) {
			waitUntil(display, "question " + q.number(), () -> progress.getText().startsWith("第 " + q.number() + " /"));
			answer(view, q);
			settle(display);
			if (q.number() == 1) {
				screenshot(display, "study-exam");
			}
			if (q.number() < paper.questions().size()) {
				click(button(view, "下一题"));
			}
		}
		onConfirmation(display, "交卷");
		click(button(view, "交卷"));

		Label result = named(view, AppModel.WIDGET_KEY, "exam.result", Label.class);
		int total = paper.totalPoints();
		waitUntil(display, () -> "the result, shown: " + result.getText(),
				() -> result.getText().startsWith("得分 " + total + " 分"));
		assertTrue(result.getText().contains("及格"), result.getText());
		waitUntil(display, "the list updated: done, with the score", () -> row(table, open.test().code())
				.filter(i -> i.getText(4).equals("已完成") && i.getText(5).equals(String.valueOf(total))).isPresent());
		settle(display);
		screenshot(display, "study-exam-result");

		MyTest taken = tests.myTests(staff).stream().filter(t -> t.test().code().equals(open.test().code()))
				.findFirst().orElseThrow();
		assertEquals(total, taken.result().score());
		assertTrue(taken.result().passed());
		assertTrue(!taken.canStart(), "one attempt");
	}

	/** Chooses the right answer of the page: the buttons are named by the letter (or 对/错) they answer. */
	private static void answer(Control view, PaperQuestion q) {
		if (q.question().type() == QuestionType.SHORT_ANSWER) {
			throw new AssertionError("the demo's workbench exam has objective questions only");
		}
		String key = q.answer();
		for (Button choice : ducha.test.ui.UiTesting.findAll(view, Button.class)) {
			Object name = choice.getData(AppModel.WIDGET_KEY);
			if (name instanceof String s && s.startsWith("exam.choice.")) {
				String value = s.substring("exam.choice.".length());
				choice.setSelection(q.question().type() == QuestionType.TRUE_FALSE ? key.equals(value)
						: key.contains(value));
			}
		}
	}

	private static Optional<TableItem> row(Table table, String code) {
		return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(code)).findFirst();
	}

	/** Presses the default button (确定) of the confirmation with the title once it opens (it opens modally). */
	private static void onConfirmation(Display display, String title) {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Optional<Shell> shell = Arrays.stream(display.getShells())
					.filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst();
			if (shell.isPresent() && shell.get().getDefaultButton() != null) {
				click(shell.get().getDefaultButton());
			} else if (System.nanoTime() < end) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}
}
