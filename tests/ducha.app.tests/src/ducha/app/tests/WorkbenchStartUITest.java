package ducha.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.app.AppModel;
import ducha.core.demo.DemoService;
import ducha.core.security.Principal;

/**
 * Runs inside the real workbench (ducha.app.product) started on an empty database in Chinese: the start-up
 * must have seeded the demo court and logged in through UserService; the navigator must open the staff
 * directory, whose NatTable shows the demo court's staff under Chinese headers.
 */
class WorkbenchStartUITest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@Test
	void firstStartSeedsTheDemoCourtAndTheNavigatorOpensTheStaffDirectory() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		MApplication application = service(IWorkbench.class).getApplication();

		Principal principal = application.getContext().get(Principal.class);
		assertNotNull(principal, "no Principal in the application context: the log-in failed");
		assertEquals("admin", principal.username());
		assertFalse(service(DemoService.class).isEmpty(), "the empty database was not seeded with the demo court");

		EModelService models = application.getContext().get(EModelService.class);
		MWindow window = assertInstanceOf(MWindow.class, models.find(AppModel.MAIN_WINDOW_ID, application));
		assertTrue(window.getLocalizedLabel().startsWith("督察工作台"), "window title: " + window.getLocalizedLabel());
		EPartService parts = window.getContext().get(EPartService.class);
		Ui.waitUntil(display, TIMEOUT, "the home dashboard", () -> parts.findPart(AppModel.HOME_PART_ID) != null);
		Ui.settle(display);
		Ui.screenshot(display, "app-home");

		Tree navigator = Ui.find(widget(parts.findPart(AppModel.NAVIGATOR_PART_ID)), Tree.class).orElseThrow();
		TreeItem staffItem = findItem(navigator, "干警名册");
		click(navigator, staffItem);

		MPart staffPart = parts.findPart(AppModel.STAFF_PART_ID);
		assertNotNull(staffPart, "a click on 干警名册 in the navigator did not open the staff directory");
		assertEquals(AppModel.MAIN_PART_STACK_ID, staffPart.getParent().getElementId());
		assertEquals(staffPart, parts.getActivePart());

		Ui.waitUntil(display, TIMEOUT, "the staff directory's NatTable to fill",
				() -> natTable(staffPart).map(WorkbenchStartUITest::bodyRows).orElse(0) > 0);
		NatTable table = natTable(staffPart).orElseThrow();
		int rows = bodyRows(table);
		assertTrue(rows >= 120 && rows <= 200, "the demo court has about 150 staff, the table shows " + rows);
		// column 0 is the row header, row 0 the column header
		assertEquals("工号", table.getDataValueByPosition(1, 0));
		assertEquals("姓名", table.getDataValueByPosition(2, 0));

		Ui.settle(display);
		Ui.screenshot(display, "app-staff-directory");
	}

	private static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(WorkbenchStartUITest.class).getBundleContext();
		return context.getService(context.getServiceReference(type));
	}

	private static Control widget(MPart part) {
		assertNotNull(part);
		return assertInstanceOf(Control.class, part.getWidget(), "part " + part.getElementId() + " not rendered");
	}

	private static Optional<NatTable> natTable(MPart part) {
		return part.getWidget() instanceof Control control ? Ui.find(control, NatTable.class) : Optional.empty();
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
