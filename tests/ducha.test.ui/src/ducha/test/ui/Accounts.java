package ducha.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.AppModel;
import ducha.core.security.Principal;

/**
 * Another account in the running workbench, the way a clerk changes it: 文件 → 注销 / 切换用户…, 确定 in the
 * confirmation, user name and password typed into the log-in dialog. So one workbench serves the UI tests of several
 * accounts, each seeing exactly what that account sees after a real log-in.
 */
public final class Accounts {

	/** The command of 注销 / 切换用户 in ducha.app's application model. */
	public static final String SWITCH_USER_COMMAND = "ducha.app.command.switchuser";

	private static final String CONFIRM_TITLE = "注销 / 切换用户";
	private static final String LOGIN_TITLE = "登录 - 督察工作台";

	/** The warning the last log-in dialog showed below its fields, "" when it showed none. */
	private static volatile String lastLoginWarning = "";

	private Accounts() {
	}

	/**
	 * The warning (demo accounts, a readable database password) that the last log-in dialog of {@link #switchTo}
	 * showed, "" when none; every log-in checked that the dialog showed the whole of it.
	 */
	public static String lastLoginWarning() {
		return lastLoginWarning;
	}

	/**
	 * Logs the current account out and the named one in, through the confirmation and the log-in dialog; returns
	 * once the workbench shows the new account's home page. A dialog that cannot be filled is cancelled, which
	 * ends the log-in (and with it the workbench): the failures are reported by the assertion that follows.
	 */
	public static Principal switchTo(Display display, String username, String password) throws InterruptedException {
		List<String> failures = new ArrayList<>();
		ModalDialogs.onDialog(display, CONFIRM_TITLE, confirm -> {
			ModalDialogs.onDialog(display, LOGIN_TITLE, login -> logIn(login, username, password, failures));
			act(confirm, failures, () -> UiTesting.click(UiTesting.button(confirm, "确定")));
		});
		IEclipseContext context = MainWindow.application().getContext();
		EHandlerService handlers = context.get(EHandlerService.class);
		handlers.executeHandler(context.get(ECommandService.class).createCommand(SWITCH_USER_COMMAND, null));
		assertEquals(List.of(), failures, "the log-out and log-in dialogs");
		Principal now = MainWindow.principal();
		assertNotNull(now, "nobody logged in");
		assertEquals(username, now.username(), "the account logged in");
		MainWindow.parts(display);
		assertTrue(((Shell) MainWindow.window().getWidget()).isVisible(), "the main window is shown again");
		return now;
	}

	private static void logIn(Shell login, String username, String password, List<String> failures) {
		act(login, failures, () -> {
			lastLoginWarning = wholeWarning(login);
			UiTesting.named(login, AppModel.WIDGET_KEY, "account.username", Text.class).setText(username);
			UiTesting.named(login, AppModel.WIDGET_KEY, "account.password", Text.class).setText(password);
			UiTesting.click(UiTesting.button(login, "登录"));
		});
	}

	/**
	 * The log-in dialog's warning below its fields, "" when hidden; fails when the dialog does not show all of it:
	 * its wrapped text needs more height than the label has, or the label reaches past the dialog's client area.
	 */
	private static String wholeWarning(Shell login) {
		Label warning = UiTesting.named(login, AppModel.WIDGET_KEY, "login.warning", Label.class);
		if (!warning.isVisible()) {
			return "";
		}
		Rectangle bounds = warning.getBounds();
		int needed = warning.computeSize(bounds.width, SWT.DEFAULT).y;
		assertTrue(needed <= bounds.height, "the log-in dialog's warning needs " + needed + " px and has "
				+ bounds.height + " px: " + warning.getText());
		Rectangle onScreen = login.getDisplay().map(warning.getParent(), null, bounds);
		Rectangle dialog = login.getDisplay().map(login, null, login.getClientArea());
		assertTrue(dialog.contains(onScreen.x, onScreen.y + onScreen.height - 1)
				&& dialog.contains(onScreen.x + onScreen.width - 1, onScreen.y),
				"the log-in dialog's warning " + onScreen + " reaches past the dialog " + dialog);
		return warning.getText();
	}

	/** Runs inside the dialog's event loop: a failure there is recorded and the dialog cancelled. */
	private static void act(Shell dialog, List<String> failures, Runnable action) {
		try {
			action.run();
		} catch (RuntimeException | AssertionError e) {
			failures.add(dialog.getText() + ": " + e);
			dialog.close();
		}
	}
}
