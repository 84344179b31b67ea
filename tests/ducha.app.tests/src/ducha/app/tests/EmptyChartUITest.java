package ducha.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Test;

import ducha.app.charts.ChartView;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;

/**
 * A plugin installed into a court that has none of its records yet gives charts without categories: they must
 * lay out and say 暂无数据 instead of failing inside SWTChart (found by installing the cases plugin into the base
 * product from the About dialog).
 */
class EmptyChartUITest {

	@Test
	void chartsWithoutCategoriesLayOut() {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread");
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			ChartData empty = new ChartData(List.of(), List.of(new ChartData.Series("长期未结案件", List.of())));
			Chart bars = ChartView.create(shell, "按部门", DashboardChart.Kind.BREAKDOWN, empty);
			Chart trend = ChartView.create(shell, "按月", DashboardChart.Kind.MONTHLY_TREND, empty);
			shell.setSize(800, 400);
			shell.layout(true, true);
			bars.redraw();
			trend.redraw();
			while (display.readAndDispatch()) {
				// draw both charts now: SWTChart's failure happened while laying out and painting
			}
			assertEquals(0, bars.getSeriesSet().getSeries().length, "an empty series is not drawn");
		} finally {
			shell.dispose();
		}
	}
}
