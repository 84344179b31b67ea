package ducha.app.tests;

import static ducha.test.ui.MainWindow.application;
import static ducha.test.ui.MainWindow.parts;
import static ducha.test.ui.MainWindow.window;
import static ducha.test.ui.UiTesting.find;
import static ducha.test.ui.UiTesting.screenshot;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.demo.DemoService;
import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * Runs inside the real workbench (ducha.app.product) started on an empty database in Chinese with
 * -Dducha.demo=true: the start-up must have seeded the demo court and logged in through UserService; the navigator must open the staff
 * directory, whose NatTable shows the demo court's staff under Chinese headers.
 */
class WorkbenchStartUITest {

	@Test
	void aDemoStartSeedsTheDemoCourtAndTheNavigatorOpensTheStaffDirectory() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");

		Principal principal = application().getContext().get(Principal.class);
		assertNotNull(principal, "no Principal in the application context: the log-in failed");
		assertEquals("admin", principal.username());
		assertFalse(service(DemoService.class).isEmpty(), "the empty database was not seeded with the demo court");

		MWindow window = window();
		assertTrue(window.getLocalizedLabel().startsWith("督察工作台"), "window title: " + window.getLocalizedLabel());
		// the demo accounts' published password is in the title for as long as one of them can log in
		assertTrue(window.getLocalizedLabel().endsWith("演示账号未停用"), "window title: " + window.getLocalizedLabel());
		assertTrue(service(UserService.class).demoAccounts().contains("admin"));
		EPartService parts = parts(display);
		settle(display);
		screenshot(display, "app-home");

		Tree navigator = find(widget(parts.findPart(AppModel.NAVIGATOR_PART_ID)), Tree.class).orElseThrow();
		TreeItem staffItem = findItem(navigator, "干警名册");
		click(navigator, staffItem);

		MPart staffPart = parts.findPart(AppModel.STAFF_PART_ID);
		assertNotNull(staffPart, "a click on 干警名册 in the navigator did not open the staff directory");
		assertEquals(AppModel.MAIN_PART_STACK_ID, staffPart.getParent().getElementId());
		assertEquals(staffPart, parts.getActivePart());

		waitUntil(display, "the staff directory's NatTable to fill",
				() -> natTable(staffPart).map(WorkbenchStartUITest::bodyRows).orElse(0) > 0);
		NatTable table = natTable(staffPart).orElseThrow();
		int rows = bodyRows(table);
		assertTrue(rows >= 120 && rows <= 200, "the demo court has about 150 staff, the table shows " + rows);
		// column 0 is the row header, row 0 the column header
		assertEquals("工号", table.getDataValueByPosition(1, 0));
		assertEquals("姓名", table.getDataValueByPosition(2, 0));

		settle(display);
		screenshot(display, "app-staff-directory");
	}

	private static Optional<NatTable> natTable(MPart part) {
		return part.getWidget() instanceof Control control ? find(control, NatTable.class) : Optional.empty();
	}

	/** Rows of the body, not just the ones the viewport shows. */
	private static int bodyRows(NatTable table) {
		GridLayer grid = (GridLayer) table.getLayer();
		return ((ViewportLayer) grid.getBodyLayer()).getScrollableLayer().getRowCount();
	}

	private static TreeItem findItem(Tree tree, String text) {
		return Arrays.stream(tree.getItems()).flatMap(category -> Arrays.stream(category.getItems()))
				.filter(item -> item.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("navigator has no entry " + text));
	}

	private static void click(Tree tree, TreeItem item) {
		Rectangle bounds = item.getBounds();
		Event up = new Event();
		up.button = 1;
		up.x = bounds.x + 2;
		up.y = bounds.y + bounds.height / 2;
		tree.notifyListeners(SWT.MouseUp, up);
	}
}
