package ducha.app.tests;

import static ducha.test.ui.MainWindow.parts;
import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.MainWindow.window;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.find;
import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.named;
import static ducha.test.ui.UiTesting.screenshot;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import ducha.app.AppModel;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.Reminder;
import ducha.core.spi.Reminder.Urgency;
import ducha.core.spi.ReminderSource;
import ducha.core.spi.ViewTargets;

/**
 * The notifications area shows what a plugin's ReminderSource offers (and forgets it when the plugin goes), the
 * window's indicator counts it, and the home dashboard draws a plugin's charts: per-department bars for the demo
 * court's departments and an empty chart that says 暂无数据.
 */
class RemindersAndChartsUITest {

	private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

	@AfterEach
	void unregisterAndShowHomeAgain() throws InterruptedException {
		registrations.forEach(ServiceRegistration::unregister);
		// leave the workbench as the start-up left it for the other UI tests: home in front, nothing else open
		EPartService parts = mainWindow(Display.getCurrent()).getContext().get(EPartService.class);
		for (String id : new String[] { AppModel.REMINDERS_PART_ID, AppModel.STAFF_PART_ID }) {
			MPart part = parts.findPart(id);
			if (part != null) {
				parts.hidePart(part);
			}
		}
		MPart home = parts.showPart(AppModel.HOME_PART_ID, EPartService.PartState.ACTIVATE);
		// the charts of the unregistered fake plugin leave the home part by themselves
		waitUntil(Display.getCurrent(), "the fake charts to leave the home part",
				() -> testCharts((Control) home.getWidget()).isEmpty());
	}

	private static List<Chart> testCharts(Control home) {
		return findAll(home, Chart.class).stream().filter(c -> c.getTitle().getText().startsWith("测试")).toList();
	}

	@Test
	void theNotificationsPartListsAFakeSourcesRemindersMostUrgentFirst() throws Exception {
		Display display = Display.getCurrent();
		MWindow window = mainWindow(display);
		EPartService parts = window.getContext().get(EPartService.class);
		Shell shell = assertInstanceOf(Shell.class, window.getWidget());
		ServiceRegistration<ReminderSource> source = register(ReminderSource.class, new FakeOrders());

		// the indicator counts what the 提醒 part lists: two urgent items and one for information
		waitUntil(display, "the reminders indicator to count the fake source's three items",
				() -> indicator(shell).map(b -> b.getText().equals("提醒（3）")).orElse(false));
		Button indicator = indicator(shell).orElseThrow();
		click(indicator);

		MPart remindersPart = parts.findPart(AppModel.REMINDERS_PART_ID);
		assertNotNull(remindersPart, "a click on the indicator did not open the reminders part");
		assertEquals(remindersPart, parts.getActivePart());
		Table table = find((Control) remindersPart.getWidget(), Table.class).orElseThrow();
		waitUntil(display, "the reminders table to fill", () -> table.getItemCount() == 3);
		assertEquals("督办单 2026-001 已超期 4 天", table.getItem(0).getText(2));
		assertEquals("已超期", table.getItem(0).getText(0));
		assertEquals("督办单 2026-002 将于 3 天后到期", table.getItem(1).getText(2));
		assertEquals("即将到期", table.getItem(1).getText(0));
		assertEquals(LocalDate.now().plusDays(3).toString(), table.getItem(1).getText(1));
		assertEquals("督办单 2026-003 已签收", table.getItem(2).getText(2));
		assertEquals("提醒（" + table.getItemCount() + "）", indicator(shell).orElseThrow().getText(),
				"the indicator and the view count the same reminders");
		Label status = named((Control) remindersPart.getWidget(), AppModel.WIDGET_KEY, "reminders.status",
				Label.class);
		waitUntil(display, "the part's count", () -> status.getText().startsWith("共 3 条提醒：已超期 1 条，即将到期 1 条，提示 1 条"));
		settle(display);
		screenshot(display, "app-reminders");

		// a double-click opens the view that claims the reminder's logical target (ducha.target:platform.staff)
		table.setSelection(0);
		Event doubleClick = new Event();
		doubleClick.item = table.getItem(0);
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		MPart staff = parts.findPart(AppModel.STAFF_PART_ID);
		assertNotNull(staff, "double-clicking a reminder did not open its target view");
		assertEquals(staff, parts.getActivePart());

		// the plugin is removed: its reminders go
		source.unregister();
		registrations.remove(source);
		waitUntil(display, "the removed source's reminders to disappear",
				() -> table.isDisposed() || table.getItemCount() == 0);
		waitUntil(display, "the indicator to drop the count",
				() -> indicator(shell).map(b -> b.getText().equals("提醒")).orElse(false));
	}

	@Test
	void aClickOnATileOpensTheViewThatClaimsItsTarget() throws Exception {
		Display display = Display.getCurrent();
		EPartService parts = mainWindow(display).getContext().get(EPartService.class);
		MPart home = parts.showPart(AppModel.HOME_PART_ID, EPartService.PartState.ACTIVATE);
		Control homeWidget = (Control) home.getWidget();
		// the platform's 在职干警 tile names the logical target platform.staff, not a part id
		waitUntil(display, "the staff tile on the home part",
				() -> find(homeWidget, Label.class, l -> l.getText().equals("在职干警")).isPresent());
		Label title = find(homeWidget, Label.class, l -> l.getText().equals("在职干警")).orElseThrow();
		title.notifyListeners(SWT.MouseUp, new Event());

		MPart staff = parts.findPart(AppModel.STAFF_PART_ID);
		assertNotNull(staff, "a click on the staff tile did not open the view tagged ducha.target:platform.staff");
		assertEquals(staff, parts.getActivePart());
	}

	@Test
	void theHomeDashboardDrawsDepartmentBarsAndSaysWhenAChartHasNoData() throws Exception {
		Display display = Display.getCurrent();
		EPartService parts = mainWindow(display).getContext().get(EPartService.class);
		List<String> departments = service(DirectoryService.class).departments().stream().map(Department::name)
				.toList();
		assertTrue(departments.size() >= 10, "the demo court has about 15 departments: " + departments);
		List<Long> counts = IntStream.range(0, departments.size()).mapToObj(i -> (long) (i * 7 % 11)).toList();
		register(DashboardChart.class, new FakeChart("test.per-department", "测试：各部门督察事项",
				DashboardChart.Kind.BREAKDOWN, new ChartData(departments, List.of(new ChartData.Series("事项", counts)))));
		register(DashboardChart.class, new FakeChart("test.empty", "测试：空图表", DashboardChart.Kind.MONTHLY_TREND,
				new ChartData(ChartData.months(), List.of(new ChartData.Series("事项",
						Collections.nCopies(12, 0L))))));

		MPart home = parts.showPart(AppModel.HOME_PART_ID, EPartService.PartState.ACTIVATE);
		Control homeWidget = (Control) home.getWidget();
		// no refresh click: the home part notices the new chart services itself
		waitUntil(display, "the fake charts on the home part",
				() -> testCharts(homeWidget).size() == 2);

		Chart bars = chart(homeWidget, "测试：各部门督察事项");
		assertEquals(SWT.VERTICAL, bars.getOrientation(), "per-department bars run horizontally");
		assertEquals(departments.size(), bars.getAxisSet().getXAxis(0).getCategorySeries().length);
		Chart empty = chart(homeWidget, "测试：空图表");
		Range range = empty.getAxisSet().getYAxis(0).getRange();
		assertEquals(0, range.lower, "an all-zero chart's axis starts at 0");
		assertTrue(range.upper >= 1, "an all-zero chart's axis has room for whole numbers: " + range.upper);
		settle(display);
		for (Chart chart : List.of(bars, empty)) {
			double[] ticks = chart.getAxisSet().getYAxis(0).getTick().getTickLabelValues();
			assertTrue(ticks.length >= 2 && Arrays.stream(ticks).allMatch(t -> t == Math.rint(t)),
					chart.getTitle().getText() + ": counts are whole numbers, ticks " + Arrays.toString(ticks));
		}
		screenshot(display, "app-home-charts");
	}

	/** The main window once a user is logged in and the home dashboard is there. */
	private static MWindow mainWindow(Display display) throws InterruptedException {
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		waitUntil(display, "the logged-in user", () -> principal() != null);
		parts(display);
		return window();
	}

	private static Chart chart(Control root, String titlePrefix) {
		return findAll(root, Chart.class).stream().filter(c -> c.getTitle().getText().startsWith(titlePrefix))
				.findFirst().orElseThrow(() -> new AssertionError("no chart " + titlePrefix));
	}

	private static Optional<Button> indicator(Shell shell) {
		return find(shell, Button.class, b -> b.getText().startsWith("提醒"));
	}

	private <S> ServiceRegistration<S> register(Class<S> type, S service) {
		ServiceRegistration<S> registration = context().registerService(type, service, new Hashtable<>());
		registrations.add(registration);
		return registration;
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(RemindersAndChartsUITest.class).getBundleContext();
	}

	/** A supervision-order plugin as the cases plugin will offer it. */
	private static final class FakeOrders implements ReminderSource {

		@Override
		public String id() {
			return "test.orders";
		}

		@Override
		public List<Reminder> reminders(Principal viewer, LocalDate today) {
			return List.of(
					new Reminder(id(), "3", Urgency.INFO, "督办单 2026-003 已签收", "刑事审判庭", null, null),
					new Reminder(id(), "2", Urgency.DUE_SOON, "督办单 2026-002 将于 3 天后到期", "民事审判第一庭 · 李明",
							today.plusDays(3), null),
					new Reminder(id(), "1", Urgency.OVERDUE, "督办单 2026-001 已超期 4 天", "立案庭 · 王芳",
							today.minusDays(4), ViewTargets.STAFF));
		}
	}

	private record FakeChart(String id, String title, Kind kind, ChartData data) implements DashboardChart {

		@Override
		public int order() {
			return 900;
		}

		@Override
		public ChartData compute(Principal viewer, int year) {
			return data;
		}
	}
}
