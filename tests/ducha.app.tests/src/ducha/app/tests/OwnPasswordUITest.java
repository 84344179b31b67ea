package ducha.app.tests;

import static ducha.test.ui.MainWindow.application;
import static ducha.test.ui.UiTesting.button;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.named;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

/**
 * 文件 → 修改密码: a clerk logged in to the workbench replaces their password. A wrong current password changes
 * nothing and says so; with the right one the new password logs in and the old one no longer does.
 */
class OwnPasswordUITest {

	private static final String OLD = "Huanghe#River2019";
	private static final String NEW = "Changjiang#Bridge2026";

	@Test
	void aClerkChangesTheirOwnPasswordAfterTypingTheCurrentOne() throws Exception {
		Display display = Display.getCurrent();
		UserService users = service(UserService.class);
		Principal admin = Principal.system("uitest");
		String name = "clerk" + System.currentTimeMillis() % 100000;
		users.addUser(new UserAccount(name, "书记员", null, Set.of(Role.STAFF), DepartmentScope.ALL, true),
				OLD.toCharArray(), admin);
		// an administrator set the password: the clerk changes it as themselves, as the start-up would make them
		Principal clerk = users.authenticate(name, OLD.toCharArray()).orElseThrow();
		users.changePassword(name, OLD.toCharArray(), clerk);

		IEclipseContext context = application().getContext();
		Principal before = context.get(Principal.class);
		context.set(Principal.class, clerk);
		List<String> seen = new ArrayList<>();
		try {
			display.timerExec(200, () -> fillTheDialog(display, seen));
			EHandlerService handlers = context.get(EHandlerService.class);
			handlers.executeHandler(context.get(ECommandService.class).createCommand("ducha.app.command.password",
					null));
		} finally {
			context.set(Principal.class, before);
		}

		assertEquals(List.of("当前密码不正确，密码未修改。", "密码已修改，下次登录请使用新密码。"), seen);
		assertTrue(users.authenticate(name, NEW.toCharArray()).isPresent(), "the new password logs in");
		assertFalse(users.authenticate(name, OLD.toCharArray()).isPresent(), "the old one no longer does");
	}

	/**
	 * Runs inside the dialog's event loop: a wrong current password first, then the right one. The confirmation
	 * opens only once this dialog's loop returned, so it is answered by a later timer.
	 */
	private static void fillTheDialog(Display display, List<String> seen) {
		try {
			Shell dialog = shell(display, "修改密码");
			Text current = named(dialog, AppModel.WIDGET_KEY, "account.password.current", Text.class);
			named(dialog, AppModel.WIDGET_KEY, "account.password.new", Text.class).setText(NEW);
			named(dialog, AppModel.WIDGET_KEY, "account.password.repeat", Text.class).setText(NEW);
			current.setText("Wrong#Password2026");
			click(button(dialog, "确定"));
			waitUntil(display, "the refusal of the wrong current password",
					() -> !message(dialog, "不正确").isEmpty());
			seen.add(message(dialog, "不正确"));
			current.setText(OLD);
			click(button(dialog, "确定"));
			display.timerExec(200, () -> answerTheConfirmation(display, dialog, seen, 50));
		} catch (Exception | AssertionError e) {
			seen.add("failed: " + e);
			closeDialogs(display);
		}
	}

	/** Reads and closes the confirmation once it is shown; looks again later while it is not (a few times). */
	private static void answerTheConfirmation(Display display, Shell form, List<String> seen, int triesLeft) {
		Shell done = findShell(display, "修改密码", form);
		if (done != null) {
			seen.add(message(done, "密码已修改"));
			click(button(done, "确定"));
		} else if (triesLeft > 0) {
			display.timerExec(200, () -> answerTheConfirmation(display, form, seen, triesLeft - 1));
		} else {
			seen.add("failed: no confirmation");
			closeDialogs(display);
		}
	}

	private static void closeDialogs(Display display) {
		for (Shell shell : display.getShells()) {
			if (shell.getParent() != null && !shell.isDisposed()) {
				shell.close();
			}
		}
	}

	private static Shell shell(Display display, String title) {
		Shell found = findShell(display, title, null);
		if (found == null) {
			throw new AssertionError("no dialog " + title);
		}
		return found;
	}

	/** A shown dialog with the title other than {@code not}, or null. */
	private static Shell findShell(Display display, String title, Shell not) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell != not && title.equals(shell.getText()) && shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}

	/** The first label or text field of the dialog holding the fragment, or "". */
	private static String message(Shell dialog, String fragment) {
		List<String> texts = new ArrayList<>();
		findAll(dialog, Label.class).forEach(l -> texts.add(l.getText()));
		findAll(dialog, Text.class).forEach(t -> texts.add(t.getText()));
		return texts.stream().filter(t -> t.contains(fragment) && !t.equals(fragment)).map(String::strip)
				.findFirst().orElse("");
	}
}
