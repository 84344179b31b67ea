package ducha.app.tests;

import static ducha.test.ui.MainWindow.show;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.named;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.app.ui.DateField;
import ducha.core.ValidationException;
import ducha.core.security.AccessDeniedException;

/**
 * Nothing a view's listener throws reaches the event loop raw: a refusal of the services is shown in the view's
 * status line in plain words (未办成：…, no permission id) and not logged; any other exception is a bug, logged with
 * its stack and named in the status line. A search with an unreadable day is not run: the day's problem is shown
 * and nothing is logged. On the 审计日志 view, whose outcomes go to its summary line.
 */
class UncaughtExceptionsUITest {

	private final Display display = Display.getCurrent();
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);
	private Button probe;

	@BeforeEach
	void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(listener);
		if (probe != null) {
			probe.dispose();
		}
	}

	@Test
	void aSearchWithAnUnreadableDayShowsTheProblemRunsNothingAndLogsNothing() throws Exception {
		Control view = widget(show(display, "ducha.app.part.audit"));
		Label summary = named(view, AppModel.WIDGET_KEY, "audit.summary", Label.class);
		Table table = named(view, AppModel.WIDGET_KEY, "audit.table", Table.class);
		click(named(view, AppModel.WIDGET_KEY, "audit.search", Button.class));
		waitUntil(display, () -> "the audit log to be listed: " + summary.getText(),
				() -> summary.getText().startsWith("共") || summary.getText().startsWith("仅显示"));
		int listed = table.getItemCount();
		DateField from = named(view, AppModel.WIDGET_KEY, "audit.from", DateField.class);
		from.text().setText("2024-13-45");
		named(view, AppModel.WIDGET_KEY, "audit.action", Text.class).setText("no.such.action");
		click(named(view, AppModel.WIDGET_KEY, "audit.search", Button.class));
		settle(display);
		assertEquals("未办成：自：“2024-13-45”不是日期：请写成 2024-03-05、2024/3/5 或 2024年3月5日", summary.getText());
		assertEquals(listed, table.getItemCount(), "no search ran with a day the user does not see");
		assertEquals(List.of(), logged, "a refused input is no bug");
		from.text().setText("2024-03-05");
		named(view, AppModel.WIDGET_KEY, "audit.action", Text.class).setText("");
	}

	@Test
	void aRefusalThrownFromAListenerGoesToTheStatusLineInPlainWordsAndIsNotLogged() throws Exception {
		Label summary = probeIn("ducha.app.part.audit", "audit.summary", () -> {
			throw new AccessDeniedException("你没有权限查看审计日志（需要权限“查看审计日志” audit.read）", "audit.read");
		});
		click(probe);
		assertTrue(summary.getText().startsWith("未办成：你没有权限查看审计日志"), summary.getText());
		assertEquals("未办成：你没有权限查看审计日志（需要权限“查看审计日志”）", summary.getText());
		assertEquals(display.getSystemColor(SWT.COLOR_DARK_RED).getRGB(), summary.getForeground().getRGB());

		// what a job hands back to the UI thread is heard too
		display.asyncExec(() -> {
			throw new ValidationException(List.of("标题：必填项为空", "日期：晚于今天"));
		});
		waitUntil(display, () -> "the refusal of the runnable: " + summary.getText(),
				() -> summary.getText().equals("未办成：标题：必填项为空；日期：晚于今天"));
		assertEquals(List.of(), logged, "a refusal is no bug");
	}

	@Test
	void aBugThrownFromAListenerIsLoggedWithItsStackAndNamedInTheStatusLine() throws Exception {
		Label summary = probeIn("ducha.app.part.audit", "audit.summary", () -> {
			throw new IllegalStateException("a bug of the test");
		});
		click(probe);
		assertTrue(summary.getText().startsWith("未办成：程序出错（IllegalStateException），已记入日志"), summary.getText());
		assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
				&& s.getException() instanceof IllegalStateException e && "a bug of the test".equals(e.getMessage())),
				"the bug is logged with its exception: " + logged);
	}

	/** A button added to the view whose listener throws; returns the view's status line. */
	private Label probeIn(String partId, String statusName, Runnable throwing) throws Exception {
		MPart part = show(display, partId);
		Control view = widget(part);
		// the view's own loading done, so that its outcome does not overwrite the probe's
		waitUntil(display, "the view's jobs", () -> Job.getJobManager().isIdle());
		settle(display);
		probe = new Button((Composite) view, SWT.PUSH);
		probe.setText("probe");
		probe.addListener(SWT.Selection, e -> throwing.run());
		return named(view, AppModel.WIDGET_KEY, statusName, Label.class);
	}
}
