package ducha.app.tests;

import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

import ducha.app.AppModel;
import ducha.app.ui.Rights;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.ReminderBoard;
import ducha.test.ui.Accounts;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/**
 * The workbench as each demo account sees it: the navigator lists, and the home page shows, only what the account
 * may use; an action it may not use is disabled and says why in plain words; a refusal that still happens names no
 * permission id. One workbench serves all three: the accounts log in one after another through 注销 / 切换用户
 * (director → staff → depthead), and every log-in also shows that nothing of the previous account stayed on the
 * screen: its views and other windows, its quick-find text, its reminders count, its name in the title. The account
 * the workbench started with logs in again at the end, for the test classes that run after this one.
 */
class RoleAwareWorkbenchUITest {

	/** The demo accounts in the order they log in. */
	private static final List<String> ACCOUNTS = List.of(DemoAccounts.DIRECTOR, DemoAccounts.STAFF,
			DemoAccounts.DEPARTMENT_HEAD);

	/** Views of the platform that only some accounts may use, and the accounts that may. */
	private static final Map<String, Set<String>> RESTRICTED_VIEWS = Map.of(
			AppModel.STAFF_PART_ID, Set.of(DemoAccounts.DIRECTOR, DemoAccounts.DEPARTMENT_HEAD),
			AppModel.DEPARTMENTS_PART_ID, Set.of(DemoAccounts.DIRECTOR, DemoAccounts.DEPARTMENT_HEAD),
			"ducha.app.part.audit", Set.of(DemoAccounts.DIRECTOR));

	/** The platform's tiles that count the staff directory: for those who may open it. */
	private static final List<String> DIRECTORY_TILES = List.of("core.staff", "core.supervisors");

	private final Display display = Display.getCurrent();

	@TestFactory
	Stream<DynamicNode> eachDemoAccountInTurnInOneWorkbench() {
		String first = account();
		String firstPassword = System.getProperty("ducha.login.password", DemoAccounts.PASSWORD);
		Stream<DynamicNode> turns = ACCOUNTS.stream().map(account -> dynamicContainer(account, Stream.of(
				dynamicTest("logs in after the previous account logged out, and sees nothing of it",
						() -> logsInAfterThePreviousAccountAndSeesNothingOfIt(account)),
				dynamicTest("the navigator lists only the views the account may use",
						() -> theNavigatorListsOnlyTheViewsTheAccountMayUse(account)),
				dynamicTest("the home page shows only the tiles the account may read",
						() -> theHomePageShowsOnlyTheTilesTheAccountMayReadAndNoneSaysNotPermitted(account)),
				dynamicTest("an action the account may not use is disabled and says why",
						() -> anActionTheAccountMayNotUseIsDisabledAndSaysWhyWithoutThePermissionId(account)),
				dynamicTest("a refusal that still happens reads as plain words",
						() -> aRefusalThatStillHappensReadsAsPlainWordsWithoutThePermissionId(account)),
				dynamicTest("the department tree of a scoped reader lists only their departments",
						() -> theDepartmentTreeOfAScopedReaderListsOnlyTheirDepartments(account)))));
		return Stream.concat(turns, Stream.of(dynamicTest("the start's account " + first + " logs in again",
				() -> Accounts.switchTo(display, first, firstPassword))));
	}

	/**
	 * The previous account leaves work open (views, the quick-find's results, its reminders count); after 注销 and
	 * the log-in of the next account only the next account's home page is open, and the log-out is audited.
	 */
	private void logsInAfterThePreviousAccountAndSeesNothingOfIt(String account) throws Exception {
		Principal leaving = MainWindow.principal();
		leaveWorkOpen();
		assertTrue(openViews().contains(AppModel.STAFF_PART_ID), "the previous account's work: " + openViews());
		assertFalse(otherWindows().isEmpty(), "the quick-find's results are shown");
		AuditLog audit = service(AuditLog.class);
		int logOuts = logOuts(audit, leaving);

		Principal next = Accounts.switchTo(display, account, DemoAccounts.PASSWORD);
		// the demo court's accounts can log in: the log-in dialog said so, all of it (Accounts checks that it fits)
		assertTrue(Accounts.lastLoginWarning().contains(DemoAccounts.PASSWORD),
				"the log-in dialog's demo-account warning: " + Accounts.lastLoginWarning());

		assertEquals(List.of(AppModel.HOME_PART_ID), openViews(), "only the new account's home page is open");
		assertEquals(List.of(), otherWindows(), "the previous account's other windows closed");
		Shell main = (Shell) MainWindow.window().getWidget();
		assertEquals("", UiTesting.named(main, AppModel.WIDGET_KEY, "quickfind.text", Text.class).getText(),
				"the previous account's search text is gone");
		String title = MainWindow.window().getLabel();
		assertTrue(title.contains(next.displayName()), title);
		if (!leaving.displayName().equals(next.displayName())) {
			assertFalse(title.contains(leaving.displayName()), title);
		}
		Control home = widget(MainWindow.show(display, AppModel.HOME_PART_ID));
		assertTrue(labels(home).stream().anyMatch(text -> text.startsWith(next.displayName() + "，")),
				"the home page greets the new account: " + labels(home));
		// the indicator counts the rows the 提醒 part lists for the new account
		int listed = service(ReminderBoard.class).collect(next, LocalDate.now()).reminders().size();
		String counted = listed == 0 ? "提醒" : "提醒（" + listed + "）";
		waitUntil(display, () -> "the reminders indicator to count " + account + "'s reminders: " + counted,
				() -> UiTesting.find(main, Button.class, b -> b.getText().startsWith("提醒")
						&& !"正在计算…".equals(b.getToolTipText())).map(b -> b.getText().equals(counted))
						.orElse(false));
		assertEquals(logOuts + 1, logOuts(audit, leaving), "the log-out of " + leaving.username() + " is audited");
	}

	/** What a clerk leaves open before logging out: 干警名册, 提醒 and the quick-find's results. */
	private void leaveWorkOpen() throws InterruptedException {
		EPartService parts = MainWindow.parts(display);
		UiTesting.openView(parts, MainWindow.models(), MainWindow.application(), AppModel.STAFF_PART_ID);
		UiTesting.openView(parts, MainWindow.models(), MainWindow.application(), AppModel.REMINDERS_PART_ID);
		Text box = UiTesting.named((Shell) MainWindow.window().getWidget(), AppModel.WIDGET_KEY, "quickfind.text",
				Text.class);
		box.setText("干警");
		box.notifyListeners(SWT.DefaultSelection, new Event());
		waitUntil(display, "the quick-find's results", () -> !otherWindows().isEmpty());
	}

	/** The ids of the views open in the main window (the navigator, which no one closes, left out). */
	private static List<String> openViews() {
		return MainWindow.models().findElements(MainWindow.window(), null, MPart.class, null).stream()
				.filter(MPart::isCloseable).filter(MPart::isToBeRendered).map(MPart::getElementId).toList();
	}

	/** The titles of the windows shown besides the main window. */
	private List<String> otherWindows() {
		Shell main = (Shell) MainWindow.window().getWidget();
		return Arrays.stream(display.getShells()).filter(s -> s != main && !s.isDisposed() && s.isVisible())
				.map(Shell::getText).toList();
	}

	private static int logOuts(AuditLog audit, Principal account) {
		return audit.find(new AuditQuery(account.username(), "user.logout", null, null, null, null, 1000),
				Principal.system("uitest")).size();
	}

	private void theNavigatorListsOnlyTheViewsTheAccountMayUse(String expected) throws Exception {
		String account = account(expected);
		List<String> listed = navigatorLabels();
		assertTrue(listed.contains(label(AppModel.HOME_PART_ID)), "everyone has a home page: " + listed);
		assertTrue(listed.contains(label(AppModel.REMINDERS_PART_ID)), "everyone has reminders: " + listed);
		RESTRICTED_VIEWS.forEach((view, accounts) -> assertEquals(accounts.contains(account),
				listed.contains(label(view)), account + " and " + view + " in " + listed));
	}

	private void theHomePageShowsOnlyTheTilesTheAccountMayReadAndNoneSaysNotPermitted(String expected)
			throws Exception {
		String account = account(expected);
		Control home = widget(MainWindow.show(display, AppModel.HOME_PART_ID));
		String reminders = tileTitle("core.reminders");
		waitUntil(display, () -> "the reminders tile among " + labels(home),
				() -> labels(home).contains(reminders));
		UiTesting.settle(display);
		List<String> shown = labels(home);
		boolean readsDirectory = !DemoAccounts.STAFF.equals(account);
		for (String tile : DIRECTORY_TILES) {
			assertEquals(readsDirectory, shown.contains(tileTitle(tile)), account + ": tile " + tile + " in " + shown);
		}
		assertTrue(shown.stream().noneMatch(text -> text.contains("无权")), account + ": " + shown);
		UiTesting.screenshot(display, "home-" + account);
	}

	private void anActionTheAccountMayNotUseIsDisabledAndSaysWhyWithoutThePermissionId(String expected) {
		String account = account(expected);
		Rights rights = ContextInjectionFactory.make(Rights.class, MainWindow.application().getContext());
		Shell shell = new Shell(display);
		try {
			Button edit = rights.require(new Button(shell, SWT.PUSH), CorePermissions.STAFF_WRITE);
			boolean mayEdit = DemoAccounts.DIRECTOR.equals(account);
			assertEquals(mayEdit, edit.isEnabled(), account);
			if (mayEdit) {
				assertNull(edit.getToolTipText());
			} else {
				String why = edit.getToolTipText();
				assertNotNull(why, account);
				assertTrue(why.contains(service(AuthorizationService.class).label(CorePermissions.STAFF_WRITE)), why);
				assertFalse(why.contains(CorePermissions.STAFF_WRITE), why);
			}
			// a condition of the part (a selection) disables even what the account may use
			rights.enable(edit, false, CorePermissions.STAFF_READ);
			assertFalse(edit.isEnabled());
		} finally {
			shell.dispose();
		}
	}

	private void aRefusalThatStillHappensReadsAsPlainWordsWithoutThePermissionId(String expected) throws Exception {
		String account = account(expected);
		if (!DemoAccounts.STAFF.equals(account)) {
			return; // the others may open the staff directory: nothing is refused
		}
		// a view the navigator does not offer, opened anyway (an old link): its service refuses
		MPart part = UiTesting.openView(MainWindow.parts(display), MainWindow.models(), MainWindow.application(),
				AppModel.STAFF_PART_ID);
		Control staffView = widget(part);
		String needed = service(AuthorizationService.class).label(CorePermissions.STAFF_READ);
		waitUntil(display, () -> "the refusal among " + labels(staffView),
				() -> labels(staffView).stream().anyMatch(text -> text.contains(needed)));
		for (String text : labels(staffView)) {
			assertFalse(text.contains(CorePermissions.STAFF_READ), text);
		}
		MainWindow.parts(display).hidePart(part, true);
	}

	private void theDepartmentTreeOfAScopedReaderListsOnlyTheirDepartments(String expected) throws Exception {
		account(expected);
		Principal reader = MainWindow.principal();
		if (reader.scope().all() || !DemoAccounts.DEPARTMENT_HEAD.equals(reader.username())) {
			return; // staff may not open the directory, the director sees every department
		}
		MPart part = UiTesting.openView(MainWindow.parts(display), MainWindow.models(), MainWindow.application(),
				AppModel.STAFF_PART_ID);
		Tree tree = UiTesting.find(widget(part), Tree.class).orElseThrow(() -> new AssertionError("no tree"));
		waitUntil(display, "the department tree", () -> tree.getItemCount() > 0 && tree.getItem(0).getItemCount() > 0);
		List<String> departments = new ArrayList<>();
		for (TreeItem kind : tree.getItem(0).getItems()) {
			for (TreeItem department : kind.getItems()) {
				departments.add(department.getText());
			}
		}
		assertEquals(reader.scope().departmentCodes().size(), departments.size(), departments.toString());
		assertTrue(departments.stream().noneMatch(text -> text.contains("(0)")), departments.toString());
		MainWindow.parts(display).hidePart(part, true);
	}

	private static String account() {
		Principal principal = MainWindow.principal();
		assertNotNull(principal, "nobody logged in");
		return principal.username();
	}

	/** The logged-in account, which must be the expected one (its log-in is the turn's first test). */
	private static String account(String expected) {
		String account = account();
		assertEquals(expected, account, "the account of this turn is logged in");
		return account;
	}

	private List<String> navigatorLabels() throws InterruptedException {
		Tree tree = UiTesting.find(widget(MainWindow.show(display, AppModel.NAVIGATOR_PART_ID)), Tree.class)
				.orElseThrow(() -> new AssertionError("the navigator has no tree"));
		waitUntil(display, "the navigator's views", () -> tree.getItemCount() > 0);
		List<String> labels = new ArrayList<>();
		for (TreeItem category : tree.getItems()) {
			for (TreeItem view : category.getItems()) {
				labels.add(view.getText());
			}
		}
		return labels;
	}

	private static String label(String descriptorId) {
		return MainWindow.application().getDescriptors().stream().filter(d -> d.getElementId().equals(descriptorId))
				.map(MPartDescriptor::getLocalizedLabel).findFirst()
				.orElseThrow(() -> new AssertionError("no descriptor " + descriptorId));
	}

	private static String tileTitle(String id) {
		BundleContext context = FrameworkUtil.getBundle(RoleAwareWorkbenchUITest.class).getBundleContext();
		try {
			return context.getServiceReferences(DashboardTile.class, null).stream().map(context::getService)
					.filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no tile " + id))
					.title();
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> labels(Control root) {
		return findAll(root, Label.class).stream().map(Label::getText).toList();
	}
}
