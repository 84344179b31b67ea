package ducha.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
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
 * The count axis of a chart shows whole counts only, at every size the chart is given: at 1920×1080 the breakdown
 * 处理人次（按部门） had half-count ticks, which SWTChart prints as "…" between 0, 1 and 2.
 */
class ChartTicksUITest {

	private final Display display = Display.getCurrent();

	@Test
	void countTicksStayWholeWhenTheChartIsResized() {
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			ChartData counts = new ChartData(List.of("立案庭", "刑事审判庭", "民事审判庭", "执行局"),
					List.of(new ChartData.Series("处理人次", List.of(2L, 1L, 0L, 2L))));
			Chart bars = ChartView.create(shell, "处理人次（按部门）", DashboardChart.Kind.BREAKDOWN, counts);
			ChartData trend = new ChartData(List.of("2026-10", "2026-11", "2026-12"),
					List.of(new ChartData.Series("处理人次", List.of(1L, 0L, 2L))));
			Shell other = new Shell(display);
			other.setLayout(new FillLayout());
			Chart lines = ChartView.create(other, "按月", DashboardChart.Kind.MONTHLY_TREND, trend);
			shell.open();
			other.open();
			try {
				List<int[]> sizes = new ArrayList<>();
				for (int width = 600; width <= 1920; width += 53) {
					sizes.add(new int[] { width, 280 + (width % 700) });
				}
				sizes.add(new int[] { 1920, 1080 });
				for (int[] size : sizes) {
					shell.setSize(size[0], size[1]);
					other.setSize(size[0], size[1]);
					shell.layout(true, true);
					other.layout(true, true);
					settle();
					assertWhole(bars, size);
					assertWhole(lines, size);
				}
			} finally {
				other.dispose();
			}
		} finally {
			shell.dispose();
		}
	}

	private void settle() {
		for (int round = 0; round < 5; round++) {
			while (display.readAndDispatch()) {
				// the tick spacing is set after the layout that measured the chart
			}
		}
	}

	private static void assertWhole(Chart chart, int[] size) {
		double[] ticks = chart.getAxisSet().getYAxis(0).getTick().getTickLabelValues();
		assertTrue(ticks.length >= 2, "ticks at " + Arrays.toString(size) + ": " + Arrays.toString(ticks));
		assertTrue(Arrays.stream(ticks).allMatch(t -> t == Math.rint(t)),
				chart.getTitle().getText() + " at " + Arrays.toString(size) + ": " + Arrays.toString(ticks));
	}
}
