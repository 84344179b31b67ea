package ducha.app.tests;

import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.MainWindow.show;
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

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.audit.AuditLog;

/**
 * The 审计日志 view, as the administrator of the demo court: an entry recorded now is listed, a filter on the
 * action narrows the list to it (an action nobody declares is shown by its id), a declared action reads as words
 * and is found by them, and 校验审计链 reports the chain intact with its head hash.
 */
class AuditViewUITest {

	private static java.util.List<String> column(Table table, int column) {
		return java.util.Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
	}

	@Test
	void theLogIsListedFilteredAndVerified() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		// the test database may hold the entries of earlier runs: this run's action is its own
		String actionOfThisRun = "uitest.audit" + System.currentTimeMillis();
		service(AuditLog.class).record(principal(), actionOfThisRun, "test", "UI-1", "界面测试：审计日志");

		MPart part = show(display, "ducha.app.part.audit");
		Control view = widget(part);
		Table table = named(view, AppModel.WIDGET_KEY, "audit.table", Table.class);
		waitUntil(display, "the audit log to be listed", () -> table.getItemCount() > 0);

		Text action = named(view, AppModel.WIDGET_KEY, "audit.action", Text.class);
		action.setText(actionOfThisRun);
		click(named(view, AppModel.WIDGET_KEY, "audit.search", Button.class));
		waitUntil(display, "the list to narrow to the test's entry",
				() -> table.getItemCount() == 1 && actionOfThisRun.equals(table.getItem(0).getText(2)));
		assertEquals("test UI-1", table.getItem(0).getText(3));

		// an action a plugin declares reads as words (the platform's user.login: 登录), and the filter takes them
		action.setText("登录");
		Text actor = named(view, AppModel.WIDGET_KEY, "audit.actor", Text.class);
		actor.setText(principal().username());
		click(named(view, AppModel.WIDGET_KEY, "audit.search", Button.class));
		waitUntil(display, () -> "the log-ins of " + principal().username() + ", as words: " + column(table, 2),
				() -> table.getItemCount() > 0 && column(table, 2).stream().allMatch("登录"::equals));
		action.setText("");
		actor.setText("");

		Label chain = named(view, AppModel.WIDGET_KEY, "audit.chain", Label.class);
		click(named(view, AppModel.WIDGET_KEY, "audit.verify", Button.class));
		waitUntil(display, () -> "the chain's verification, shown: " + chain.getText(),
				() -> chain.getText().startsWith("审计链完整"));
		assertTrue(chain.getText().matches(".*[0-9a-f]{64}.*"), chain.getText());
		assertTrue(!display.getSystemColor(SWT.COLOR_DARK_RED).getRGB().equals(chain.getForeground().getRGB()),
				"an intact chain is not shown as a problem");
		settle(display);
		screenshot(display, "audit-view");
	}
}
