package ducha.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.DataFolder;
import ducha.core.demo.DemoAccounts;
import ducha.test.ui.Accounts;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/**
 * The views an account leaves open come back at its next log-in, with the one that was active; another account
 * does not get them, and a remembered view the account may not use (any more) is not opened for it.
 */
class RememberedViewsUITest {

	private static final String AUDIT_PART_ID = "ducha.app.part.audit";

	private final Display display = Display.getCurrent();

	@Test
	void theViewsOfAnAccountComeBackAfterAnotherAccountWasLoggedIn() throws Exception {
		String first = MainWindow.principal().username();
		String password = System.getProperty("ducha.login.password", DemoAccounts.PASSWORD);
		EPartService parts = MainWindow.parts(display);
		UiTesting.openView(parts, MainWindow.models(), MainWindow.application(), AppModel.STAFF_PART_ID);
		UiTesting.openView(parts, MainWindow.models(), MainWindow.application(), AUDIT_PART_ID);
		parts.showPart(AppModel.STAFF_PART_ID, PartState.ACTIVATE);
		UiTesting.settle(display);

		Accounts.switchTo(display, DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
		assertFalse(openViews().contains(AppModel.STAFF_PART_ID), "not the previous account's views: " + openViews());
		assertFalse(openViews().contains(AUDIT_PART_ID), openViews().toString());

		Accounts.switchTo(display, first, password);
		List<String> views = openViews();
		assertTrue(views.contains(AppModel.STAFF_PART_ID) && views.contains(AUDIT_PART_ID),
				"the views " + first + " left open are back: " + views);
		assertEquals(AppModel.STAFF_PART_ID, activeView(), "the view that was active is active again");
	}

	@Test
	void aRememberedViewTheAccountMayNotUseIsNotOpened() throws Exception {
		String first = MainWindow.principal().username();
		String password = System.getProperty("ducha.login.password", DemoAccounts.PASSWORD);
		// as if supervisor had read the audit log under a role since withdrawn: the file names it
		remember(DemoAccounts.SUPERVISOR, AppModel.REMINDERS_PART_ID + "," + AUDIT_PART_ID, AUDIT_PART_ID);

		Accounts.switchTo(display, DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
		List<String> views = openViews();
		assertTrue(views.contains(AppModel.REMINDERS_PART_ID), "the view supervisor may use is back: " + views);
		assertFalse(views.contains(AUDIT_PART_ID), "the audit log is not for supervisor: " + views);
		assertEquals(AppModel.HOME_PART_ID, activeView(), "the remembered active view could not open: home is");

		Accounts.switchTo(display, first, password);
	}

	private static void remember(String username, String views, String active) throws Exception {
		Path file = DataFolder.get().resolve("open-views.properties");
		Properties values = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				values.load(in);
			}
		}
		values.setProperty(username + ".views", views);
		values.setProperty(username + ".active", active);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			values.store(out, null);
		}
	}

	private static List<String> openViews() {
		MPartStack stack = (MPartStack) MainWindow.models().find(AppModel.MAIN_PART_STACK_ID,
				MainWindow.application());
		return stack.getChildren().stream().filter(MUIElement::isToBeRendered).filter(MPart.class::isInstance)
				.map(MUIElement::getElementId).toList();
	}

	private static String activeView() {
		MPartStack stack = (MPartStack) MainWindow.models().find(AppModel.MAIN_PART_STACK_ID,
				MainWindow.application());
		return stack.getSelectedElement().getElementId();
	}
}
