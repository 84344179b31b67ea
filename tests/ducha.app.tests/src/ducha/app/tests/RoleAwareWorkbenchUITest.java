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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

import ducha.app.AppModel;
import ducha.app.ui.Rights;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/**
 * The workbench as each demo account sees it: the navigator lists, and the home page shows, only what the account
 * may use; an action it may not use is disabled and says why in plain words; a refusal that still happens names no
 * permission id. One workbench per account (one log-in each): the executions director, staff and depthead of this
 * module's pom run this class, each logged in as that account.
 */
class RoleAwareWorkbenchUITest {

	/** Views of the platform that only some accounts may use, and the accounts that may. */
	private static final Map<String, Set<String>> RESTRICTED_VIEWS = Map.of(
			AppModel.STAFF_PART_ID, Set.of(DemoAccounts.DIRECTOR, DemoAccounts.DEPARTMENT_HEAD),
			AppModel.DEPARTMENTS_PART_ID, Set.of(DemoAccounts.DIRECTOR, DemoAccounts.DEPARTMENT_HEAD),
			"ducha.app.part.audit", Set.of(DemoAccounts.DIRECTOR));

	/** The platform's tiles that count the staff directory: for those who may open it. */
	private static final List<String> DIRECTORY_TILES = List.of("core.staff", "core.supervisors");

	private final Display display = Display.getCurrent();

	@Test
	void theNavigatorListsOnlyTheViewsTheAccountMayUse() throws Exception {
		String account = account();
		List<String> listed = navigatorLabels();
		assertTrue(listed.contains(label(AppModel.HOME_PART_ID)), "everyone has a home page: " + listed);
		assertTrue(listed.contains(label(AppModel.REMINDERS_PART_ID)), "everyone has reminders: " + listed);
		RESTRICTED_VIEWS.forEach((view, accounts) -> assertEquals(accounts.contains(account),
				listed.contains(label(view)), account + " and " + view + " in " + listed));
	}

	@Test
	void theHomePageShowsOnlyTheTilesTheAccountMayReadAndNoneSaysNotPermitted() throws Exception {
		String account = account();
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

	@Test
	void anActionTheAccountMayNotUseIsDisabledAndSaysWhyWithoutThePermissionId() {
		String account = account();
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

	@Test
	void aRefusalThatStillHappensReadsAsPlainWordsWithoutThePermissionId() throws Exception {
		String account = account();
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

	@Test
	void theDepartmentTreeOfAScopedReaderListsOnlyTheirDepartments() throws Exception {
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
