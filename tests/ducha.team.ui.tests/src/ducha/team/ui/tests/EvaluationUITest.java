package ducha.team.ui.tests;

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
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.security.Principal;
import ducha.team.EvaluationService;

/**
 * Inside the real workbench on the demo court, in Chinese, as the administrator: 考核评价 lists last year's integrity
 * supervisors, 评价… records a quarter's remarks for the first one, and the archive under the list shows them.
 */
class EvaluationUITest {

	@Test
	void evaluatingAnIntegritySupervisorOfLastYear() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		Principal principal = principal();
		int lastYear = LocalDate.now().getYear() - 1;
		// unique per run: the test database may hold the evaluations of earlier runs
		String remarks = "界面测试：按时跟踪整改 " + System.nanoTime();

		MPart part = show(display, "ducha.team.ui.part.evaluation");
		Combo year = named(widget(part), AppModel.WIDGET_KEY, "evaluation.year", Combo.class);
		year.select(1);
		year.notifyListeners(SWT.Selection, new Event());
		Table list = named(widget(part), AppModel.WIDGET_KEY, "evaluation.list", Table.class);
		waitUntil(display, "last year's integrity supervisors", () -> list.getItemCount() > 0);
		String staffNo = list.getItem(0).getText(0);
		list.select(0);
		Event selection = new Event();
		selection.item = list.getItem(0);
		list.notifyListeners(SWT.Selection, selection);
		waitUntil(display, "评价… enabled", () -> button(widget(part), "评价…").isEnabled());

		onDialog(display, "考核评价廉政监察员", dialog -> {
			named(dialog, AppModel.WIDGET_KEY, "evaluate.remarks", Text.class).setText(remarks);
			click(button(dialog, "确定"));
		});
		click(button(widget(part), "评价…"));
		EvaluationService evaluations = service(EvaluationService.class);
		waitUntil(display, "the recorded evaluation", () -> evaluations.evaluations(lastYear, principal).stream()
				.anyMatch(e -> e.staffNo().equals(staffNo) && e.remarks().equals(remarks)));
		Text archive = named(widget(part), AppModel.WIDGET_KEY, "evaluation.archive", Text.class);
		waitUntil(display, "the remarks in the archive", () -> archive.getText().contains(remarks));
		settle(display);
		screenshot(display, "team-evaluation");
	}
}
