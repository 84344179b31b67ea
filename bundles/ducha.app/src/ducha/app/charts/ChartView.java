package ducha.app.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;

/**
 * One dashboard chart drawn with SWTChart: lines for a monthly trend, bars for a breakdown. Shared by the home
 * dashboard and the charts part of the reports plugin.
 */
public final class ChartView {

	private static final int[] COLORS = { SWT.COLOR_DARK_RED, SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN,
			SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW };

	private ChartView() {
	}

	/** A new chart in {@code parent} showing {@code data}; the caller lays it out. */
	public static Chart create(Composite parent, String title, DashboardChart.Kind kind, ChartData data) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setText(kind == DashboardChart.Kind.MONTHLY_TREND ? Messages.Charts_month : "");
		x.setCategorySeries(data.categories().toArray(String[]::new));
		x.enableCategory(true);
		chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Charts_count);
		Display display = parent.getDisplay();
		List<ChartData.Series> series = data.series();
		for (int i = 0; i < series.size(); i++) {
			ChartData.Series s = series.get(i);
			Color color = display.getSystemColor(COLORS[i % COLORS.length]);
			ISeries<?> drawn = chart.getSeriesSet().createSeries(
					kind == DashboardChart.Kind.MONTHLY_TREND ? SeriesType.LINE : SeriesType.BAR, s.label());
			drawn.setYSeries(s.values().stream().mapToDouble(Long::doubleValue).toArray());
			if (drawn instanceof ILineSeries<?> line) {
				line.setLineColor(color);
				line.setSymbolColor(color);
			} else if (drawn instanceof IBarSeries<?> bar) {
				bar.setBarColor(color);
			}
		}
		chart.getLegend().setVisible(series.size() > 1);
		chart.getAxisSet().adjustRange();
		return chart;
	}
}
