package ducha.integrity.ui.tests;

import static ducha.test.ui.MainWindow.parts;
import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.UiTesting.find;
import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.named;
import static ducha.test.ui.UiTesting.screenshot;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.ui.IntegrityViews;
import ducha.test.ui.Accounts;

/**
 * The demo court's member of staff ({@link DemoAccounts#STAFF}, logged in through 注销 / 切换用户 in the workbench the
 * other tests share): of the integrity plugin they see their own archive, from the navigator and from a tile on the
 * home page, opened at once on their own record, and no action that only the office may take is offered. The
 * account the workbench started with logs in again afterwards, whatever the outcome, for the tests that run next.
 */
class StaffOwnArchiveUITest {

	private final Display display = Display.getCurrent();
	private String startAccount;

	@BeforeEach
	void logInAsStaff() throws InterruptedException {
		startAccount = principal().username();
		Accounts.switchTo(display, DemoAccounts.STAFF, DemoAccounts.PASSWORD);
	}

	@AfterEach
	void logTheStartAccountInAgain() throws InterruptedException {
		Accounts.switchTo(display, startAccount, System.getProperty("ducha.login.password", DemoAccounts.PASSWORD));
	}

	@Test
	void staffFindTheirOwnArchiveAndNothingTheyMayNotUse() throws Exception {
		Principal staff = principal();
		assertNotNull(staff, "nobody logged in");
		assertEquals(DemoAccounts.STAFF, staff.username());
		EPartService parts = parts(display);

		Tree navigator = find(widget(parts.findPart(AppModel.NAVIGATOR_PART_ID)), Tree.class).orElseThrow();
		waitUntil(display, "the navigator", () -> navigator.getItemCount() > 0);
		TreeItem integrity = Arrays.stream(navigator.getItems()).filter(i -> i.getText().equals("廉政档案"))
				.findFirst().orElseThrow(() -> new AssertionError("no group 廉政档案"));
		assertEquals(List.of("干警廉政档案"), Arrays.stream(integrity.getItems()).map(TreeItem::getText).toList(),
				"the risk list, rules and education records need " + IntegrityPermissions.RECORDS_READ);

		Control home = widget(parts.findPart(AppModel.HOME_PART_ID));
		waitUntil(display, () -> "the tile 我的廉政档案 among " + labels(home), () -> labels(home).contains("我的廉政档案"));
		settle(display);
		assertFalse(labels(home).contains("风险措施待复核"), "no tile of the risk list: " + labels(home));
		assertTrue(labels(home).stream().noneMatch(text -> text.contains("无权")), labels(home).toString());
		screenshot(display, "home-staff-integrity");

		MPart archive = parts.showPart(IntegrityViews.ARCHIVE_PART_ID, PartState.ACTIVATE);
		Control view = widget(archive);
		Combo staffChoice = named(view, AppModel.WIDGET_KEY, "archive.staff.staff", Combo.class);
		waitUntil(display, () -> "the own archive, shown at once: " + labels(view),
				() -> labels(view).stream().anyMatch(text -> text.contains(staff.staffNo()) && text.contains("本人档案")));
		assertEquals(1, staffChoice.getItemCount(), Arrays.toString(staffChoice.getItems()));
		assertTrue(staffChoice.getItem(0).contains("（" + staff.staffNo() + "，"), staffChoice.getItem(0));
		for (String office : List.of("记录约谈…", "记录处理…", "出具廉情报告…", "廉情报告预览…")) {
			Button action = find(view, Button.class, b -> office.equals(b.getText()))
					.orElseThrow(() -> new AssertionError("no button " + office));
			assertFalse(action.isEnabled(), office + " is the office's");
			String why = action.getToolTipText();
			assertFalse(why != null && why.contains("integrity."), "no permission id: " + why);
		}
		settle(display);
		screenshot(display, "integrity-archive-staff");
	}

	private static List<String> labels(Control root) {
		return findAll(root, Label.class).stream().map(Label::getText).toList();
	}
}
