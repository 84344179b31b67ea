package ducha.reports.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ducha.test.ui.UiTesting.find;
import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.openView;
import static ducha.test.ui.UiTesting.screenshot;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import ducha.app.AppModel;
import ducha.app.print.PageLayout;
import ducha.app.print.PrintBlock;
import ducha.app.print.PrintPreviewDialog;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.core.documents.NumberingService;
import ducha.test.ui.ModalDialogs;

/**
 * Inside the real workbench: a fake inspections plugin reports figures and a per-department chart; the 年度工作总结
 * part previews its section, the 统计图表 part draws it and the platform's own numbered-documents trend.
 */
class ReportPartsUITest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);
	private static final String SUMMARY_PART = "ducha.reports.ui.part.summary";
	private static final String CHARTS_PART = "ducha.reports.ui.part.charts";

	@Test
	void theSummaryPreviewsTheInstalledSectionAndTheChartsPartDrawsCharts() throws Exception {
		Display display = Display.getCurrent();
		BundleContext context = FrameworkUtil.getBundle(ReportPartsUITest.class).getBundleContext();
		List<ServiceRegistration<?>> fakes = new ArrayList<>();
		fakes.add(context.registerService(ReportSection.class, new InspectionsSection(), new Hashtable<>()));
		fakes.add(context.registerService(DashboardChart.class, new PerDepartmentChart(), new Hashtable<>()));
		NumberingService numbering = await(context, NumberingService.class);
		int year = LocalDate.now().getYear();
		for (int i = 0; i < 3; i++) {
			numbering.issue("uitest.bulletin", year, "测试通报", Principal.system("uitest"));
		}
		try {
			MApplication application = await(context, IWorkbench.class).getApplication();
			EModelService models = application.getContext().get(EModelService.class);
			MWindow window = assertInstanceOf(MWindow.class, models.find(AppModel.MAIN_WINDOW_ID, application));
			EPartService parts = window.getContext().get(EPartService.class);
			waitUntil(display, TIMEOUT, "the home dashboard", () -> parts.findPart(AppModel.HOME_PART_ID) != null);

			assertNotNull(models.getPartDescriptor(SUMMARY_PART), () -> "the work summary part is not contributed; "
					+ java.util.Arrays.stream(context.getBundles())
							.filter(b -> b.getSymbolicName().startsWith("ducha"))
							.map(b -> b.getSymbolicName() + "=" + b.getState()).toList()
					+ application.getDescriptors().stream().map(d -> d.getElementId()).toList()
					+ org.eclipse.core.runtime.RegistryFactory.getRegistry()
							.getConfigurationElementsFor("org.eclipse.e4.workbench.model").length);
			MPart summary = openView(parts, models, application, SUMMARY_PART);
			assertEquals("年度工作总结", summary.getLocalizedLabel());
			Tree tree = find((Control) summary.getWidget(), Tree.class).orElseThrow();
			waitUntil(display, TIMEOUT, "the preview", () -> tree.getItemCount() > 0);
			assertEquals(1, tree.getItemCount(), "one installed section");
			assertTrue(tree.getItem(0).getText(0).startsWith("日常督察：开展督察12次"), tree.getItem(0).getText(0));
			assertEquals("12", tree.getItem(0).getItem(0).getText(1));
			settle(display);
			screenshot(display, "reports-summary");
			// 打印预览… prints the summary as shown: each chapter's line, its figures indented under it
			PrintBlock.Table printed = assertInstanceOf(PrintBlock.Table.class,
					previewOfActiveView(display, window, "年度工作总结").printout().blocks().get(0));
			assertEquals(3, printed.rows().size(), "the chapter and its two figures: " + printed.rows());
			assertTrue(printed.rows().get(0).get(0).startsWith("日常督察：开展督察12次"), printed.rows().toString());
			assertEquals(List.of("    开展督察（次）", "12"), printed.rows().get(1));

			MPart charts = openView(parts, models, application, CHARTS_PART);
			waitUntil(display, TIMEOUT, "two charts",
					() -> findAll(widget(charts), Chart.class).size() == 2);
			List<Chart> drawn = findAll(widget(charts), Chart.class);
			assertEquals("编号公文（按月）（" + year + "年）", drawn.get(1).getTitle().getText());
			double issued = java.util.Arrays.stream(drawn.get(1).getSeriesSet().getSeries()[0].getYSeries()).sum();
			assertTrue(issued >= 3, "the trend counts the three documents issued above: " + issued);
			settle(display);
			screenshot(display, "reports-charts");
			// the charts print as pictures of what they show, one after the other
			List<PrintBlock> pictures = previewOfActiveView(display, window, "统计图表").printout().blocks();
			assertEquals(2, pictures.size(), "both charts: " + pictures);
			for (int i = 0; i < 2; i++) {
				PrintBlock.Picture picture = assertInstanceOf(PrintBlock.Picture.class, pictures.get(i));
				assertEquals(drawn.get(i).getSize().x, picture.image().width, "chart " + (i + 1) + " as drawn");
			}
		} finally {
			fakes.forEach(ServiceRegistration::unregister);
		}
	}

	/** Opens 文件 → 打印预览… for the active view, reads the preview's pages and closes it. */
	private static PageLayout previewOfActiveView(Display display, MWindow window, String view)
			throws InterruptedException {
		Shell main = (Shell) window.getWidget();
		Menu file = Arrays.stream(main.getMenuBar().getItems()).filter(i -> i.getText().startsWith("文件"))
				.findFirst().orElseThrow().getMenu();
		file.notifyListeners(SWT.Show, new Event());
		MenuItem preview = Arrays.stream(file.getItems()).filter(i -> i.getText().startsWith("打印预览")).findFirst()
				.orElseThrow();
		// the menu's items are enabled as it opens, after the view that was just opened became the active part
		waitUntil(display, Duration.ofSeconds(20), () -> view + " can be printed; active part "
				+ window.getContext().getActiveLeaf().get(IServiceConstants.ACTIVE_PART) + ", focus "
				+ display.getFocusControl(), () -> {
			file.notifyListeners(SWT.Show, new Event());
			return preview.isEnabled();
		});
		PageLayout[] shown = new PageLayout[1];
		ModalDialogs.onDialog(display, "打印预览：" + view, dialog -> {
			shown[0] = ((PrintPreviewDialog) dialog.getData()).layout();
			dialog.close();
		});
		preview.notifyListeners(SWT.Selection, new Event());
		assertNotNull(shown[0], "the preview of " + view + " opened");
		return shown[0];
	}

	private static <T> T await(BundleContext context, Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(TIMEOUT.toMillis());
		assertNotNull(service, type.getName());
		return service;
	}

	/** 12 inspections in any period that contains the current year's January. */
	private static final class InspectionsSection implements ReportSection {

		@Override
		public String section() {
			return "inspections";
		}

		@Override
		public String title() {
			return "日常督察";
		}

		@Override
		public int order() {
			return 40;
		}

		@Override
		public List<ReportFigure> figures(Period period) {
			long count = period.contains(LocalDate.of(LocalDate.now().getYear(), 1, 15)) ? 12 : 0;
			return List.of(new ReportFigure("inspections.inspections", count, "开展督察（次）"),
					new ReportFigure("inspections.bulletins", count / 4, "通报（期）"));
		}
	}

	/** Findings per department, as a domain plugin would count them. */
	private static final class PerDepartmentChart implements DashboardChart {

		@Override
		public String id() {
			return "uitest.per-department";
		}

		@Override
		public String title() {
			return "督察发现问题（按部门）";
		}

		@Override
		public int order() {
			return 10;
		}

		@Override
		public Kind kind() {
			return Kind.BREAKDOWN;
		}

		@Override
		public ChartData compute(Principal viewer, int year) {
			return new ChartData(List.of("立案庭", "刑事庭", "民一庭", "民二庭", "执行局", "办公室"),
					List.of(new ChartData.Series("问题数", List.of(5L, 3L, 8L, 2L, 6L, 1L))));
		}
	}
}
