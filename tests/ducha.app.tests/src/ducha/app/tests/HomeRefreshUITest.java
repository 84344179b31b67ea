package ducha.app.tests;

import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.app.AppModel;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.spi.DashboardTile;
import ducha.test.ui.MainWindow;

/**
 * The home page follows changes made elsewhere without 刷新: a staff member stored through the directory service
 * (which announces the change once it committed) raises the 在职干警 tile's count.
 */
class HomeRefreshUITest {

	private final Display display = Display.getCurrent();

	@Test
	void aStoredChangeUpdatesATileWithoutPressingRefresh() throws Exception {
		DashboardTile tile = staffTile();
		Control home = widget(MainWindow.show(display, AppModel.HOME_PART_ID));
		waitUntil(display, "the staff tile", () -> tileTexts(home, tile.title()).size() > 1);
		String before = tile.compute(MainWindow.principal()).value();
		waitUntil(display, () -> "the count " + before + " in " + tileTexts(home, tile.title()),
				() -> tileTexts(home, tile.title()).contains(before));

		DirectoryService directory = service(DirectoryService.class);
		String department = directory.departments().get(0).code();
		String staffNo = "H" + (System.currentTimeMillis() % 100_000_000L);
		directory.saveStaff(new Staff(staffNo, "刷新测试", department, "书记员", LocalDate.now(),
				EmploymentStatus.ACTIVE), MainWindow.principal());
		String after = tile.compute(MainWindow.principal()).value();
		assertNotEquals(before, after, "the new staff member is counted");

		waitUntil(display, () -> "the count " + after + " without 刷新, shown: " + tileTexts(home, tile.title()),
				() -> tileTexts(home, tile.title()).contains(after));
	}

	private static DashboardTile staffTile() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(HomeRefreshUITest.class).getBundleContext();
		return context.getServiceReferences(DashboardTile.class, null).stream().map(context::getService)
				.filter(t -> t.id().equals("core.staff")).findFirst().orElseThrow();
	}

	/** The texts of the tile whose title is given: the labels beside its title label. */
	private static List<String> tileTexts(Control home, String title) {
		for (Label label : findAll(home, Label.class)) {
			if (!label.isDisposed() && title.equals(label.getText())) {
				Composite tile = label.getParent();
				return findAll(tile, Label.class).stream().map(Label::getText).toList();
			}
		}
		return List.of();
	}
}
