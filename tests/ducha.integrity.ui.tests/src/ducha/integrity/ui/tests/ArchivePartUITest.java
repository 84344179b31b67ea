package ducha.integrity.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.app.AppModel;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.ArchiveView;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.ui.IntegrityViews;

/**
 * Inside the real workbench on the demo court, in Chinese: the navigator lists the integrity views; the archive
 * part, given a staff member who has talks or dispositions in the demo, shows that person's timeline; the home
 * dashboard draws the integrity charts of the current year.
 */
class ArchivePartUITest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@Test
	void choosingAStaffMemberShowsTheirArchiveTimelineInChinese() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		MApplication application = service(IWorkbench.class).getApplication();
		Principal principal = application.getContext().get(Principal.class);
		assertNotNull(principal, "no Principal in the application context: the log-in failed");
		EModelService models = application.getContext().get(EModelService.class);
		MWindow window = assertInstanceOf(MWindow.class, models.find(AppModel.MAIN_WINDOW_ID, application));
		EPartService parts = window.getContext().get(EPartService.class);
		waitUntil(display, "the home dashboard", () -> parts.findPart(AppModel.HOME_PART_ID) != null);

		Tree navigator = find(widget(parts.findPart(AppModel.NAVIGATOR_PART_ID)), Tree.class).orElseThrow();
		TreeItem category = Arrays.stream(navigator.getItems()).filter(i -> i.getText().equals("廉政档案")).findFirst()
				.orElseThrow(() -> new AssertionError("the navigator has no group 廉政档案: " + Arrays.stream(
						navigator.getItems()).map(i -> i.getText() + Arrays.toString(Arrays.stream(i.getItems())
								.map(TreeItem::getText).toArray())).toList() + "; " + diagnostics()));
		assertEquals("[干警廉政档案, 风险防控清单, 规章制度, 清风书吧, 廉政教育活动, 思想动态分析]",
				Arrays.toString(Arrays.stream(category.getItems()).map(TreeItem::getText).toArray()));

		ArchiveView expected = demoStaffWithTalks(principal);
		MPart part = parts.showPart(IntegrityViews.ARCHIVE_PART_ID, PartState.ACTIVATE);
		Combo staffChoice = find(widget(part), Combo.class).orElseThrow();
		waitUntil(display, "the staff list", () -> staffChoice.getItemCount() > 100);
		String prefix = expected.staff().staffNo() + " ";
		int index = Arrays.asList(staffChoice.getItems()).stream().filter(i -> i.startsWith(prefix)).findFirst()
				.map(i -> Arrays.asList(staffChoice.getItems()).indexOf(i)).orElseThrow();
		staffChoice.select(index);
		staffChoice.notifyListeners(SWT.Selection, null);

		Table timeline = find(widget(part), Table.class).orElseThrow();
		waitUntil(display, "the timeline", () -> timeline.getItemCount() > 0);
		assertEquals(expected.entries().size(), timeline.getItemCount());
		assertEquals(expected.entries().get(0).date().toString(), timeline.getItem(0).getText(0));
		assertTrue(Arrays.stream(timeline.getItems()).anyMatch(i -> i.getText(1).equals("三级约谈")),
				"no 三级约谈 row in the timeline");
		timeline.select(0);
		timeline.notifyListeners(SWT.Selection, null);
		settle(display);
		screenshot(display, "integrity-archive");

		MPart risk = parts.showPart(IntegrityViews.RISK_LIST_PART_ID, PartState.ACTIVATE);
		Table measures = find(widget(risk), Table.class).orElseThrow();
		waitUntil(display, "the risk list", () -> measures.getItemCount() > 0);
		assertEquals(47, measures.getItemCount(), "the demo risk list: 45 measures in force and 2 retired");
		settle(display);
		screenshot(display, "integrity-risk-list");
	}

	@Test
	void theHomeDashboardShowsTheIntegrityChartsOfTheCurrentYear() throws Exception {
		Display display = Display.getCurrent();
		MApplication application = service(IWorkbench.class).getApplication();
		EModelService models = application.getContext().get(EModelService.class);
		MWindow window = assertInstanceOf(MWindow.class, models.find(AppModel.MAIN_WINDOW_ID, application));
		EPartService parts = window.getContext().get(EPartService.class);
		waitUntil(display, "the home dashboard", () -> parts.findPart(AppModel.HOME_PART_ID) != null);
		MPart home = parts.showPart(AppModel.HOME_PART_ID, PartState.ACTIVATE);
		int year = LocalDate.now().getYear();
		List<String> expected = List.of("处理人次（按部门）（" + year + "年）", "约谈次数（按月）（" + year + "年）");
		waitUntil(display, "the integrity charts on the home dashboard",
				() -> chartTitles(widget(home)).containsAll(expected));
		settle(display);
		screenshot(display, "home-dashboard");
	}

	private static List<String> chartTitles(Control root) {
		List<String> titles = new ArrayList<>();
		if (root instanceof Chart chart && !chart.isDisposed()) {
			titles.add(chart.getTitle().getText());
		} else if (root instanceof Composite composite && !composite.isDisposed()) {
			for (Control child : composite.getChildren()) {
				titles.addAll(chartTitles(child));
			}
		}
		return titles;
	}

	/** A demo staff member whose archive of the last three years holds a talk (the demo seeds a few dozen). */
	private static ArchiveView demoStaffWithTalks(Principal principal) {
		IntegrityArchive archive = service(IntegrityArchive.class);
		LocalDate today = LocalDate.now();
		ArchiveFilter filter = ArchiveFilter.of(Period.of(today.minusYears(3).plusDays(1), today));
		for (Staff staff : service(DirectoryService.class).staff(StaffQuery.ALL, principal)) {
			ArchiveView view = archive.read(staff.staffNo(), filter, principal);
			if (view.kinds().containsKey("integrity.talk") && view.entries().size() >= 2) {
				return view;
			}
		}
		return fail("the demo court has no staff member with talks in the archive");
	}

	private static String diagnostics() {
		BundleContext context = FrameworkUtil.getBundle(ArchivePartUITest.class).getBundleContext();
		StringBuilder s = new StringBuilder();
		for (org.osgi.framework.Bundle b : context.getBundles()) {
			if (b.getSymbolicName().startsWith("ducha")) {
				s.append(b.getSymbolicName()).append('=').append(b.getState()).append(' ');
			}
		}
		for (var e : org.eclipse.core.runtime.Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.e4.workbench.model")) {
			s.append(e.getContributor().getName()).append(':').append(e.getAttribute("uri")).append(' ');
		}
		return s.toString();
	}

	private static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(ArchivePartUITest.class).getBundleContext();
		return context.getService(context.getServiceReference(type));
	}

	private static Control widget(MPart part) {
		assertNotNull(part);
		return assertInstanceOf(Control.class, part.getWidget(), "part " + part.getElementId() + " not rendered");
	}

	private static <T extends Control> Optional<T> find(Control root, Class<T> type) {
		if (root == null || root.isDisposed()) {
			return Optional.empty();
		}
		if (type.isInstance(root)) {
			return Optional.of(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Optional<T> found = find(child, type);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static void waitUntil(Display display, String what, BooleanSupplier condition)
			throws InterruptedException {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("Timed out after " + TIMEOUT + " waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	private static void settle(Display display) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofMillis(800).toNanos();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	/** The whole screen as PNG into -Dducha.screenshots, when set. */
	private static void screenshot(Display display, String name) throws Exception {
		String folder = System.getProperty("ducha.screenshots");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		Path file = Path.of(folder, name + ".png");
		Files.createDirectories(file.getParent());
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}
}
