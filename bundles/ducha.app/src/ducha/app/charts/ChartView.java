package ducha.app.charts;

import java.text.DecimalFormat;
import java.util.List;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.IPlotArea;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import ducha.app.print.PrintBlock;
import ducha.app.print.Printable;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;

/**
 * One dashboard chart drawn with SWTChart: lines for a monthly trend, horizontal bars for a breakdown (department
 * names stay readable on one line each, one under the other). Counts start at 0 on integer ticks; a chart without
 * any count says so (暂无数据). Shared by the home dashboard and the charts part of the reports
 * plugin.
 */
public final class ChartView {

	private static final int[] COLORS = { SWT.COLOR_DARK_RED, SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN,
			SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW };
	/** Category labels longer than this are shortened; the full name shows in the tooltip. */
	static final int MAX_LABEL_LENGTH = 8;
	/** The count axis reaches at least this far, so that small counts still get whole-number ticks. */
	private static final long MIN_AXIS_MAX = 5;
	private static final int MIN_HEIGHT = 280;
	/** SWTChart's default distance between ticks, in pixels. */
	private static final int TICK_SPACING = 64;
	private static final int BAR_ROW_HEIGHT = 24;
	/** Title, value axis and margins of a breakdown chart. */
	private static final int BAR_CHROME_HEIGHT = 100;

	private ChartView() {
	}

	/** A new chart in {@code parent} showing {@code data}; the caller lays it out (see {@link #preferredHeight}). */
	public static Chart create(Composite parent, String title, DashboardChart.Kind kind, ChartData data) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		boolean bars = kind == DashboardChart.Kind.BREAKDOWN;
		if (bars) {
			// the category axis runs down the left side: one line per department name
			chart.setOrientation(SWT.VERTICAL);
		}
		IAxis categoryAxis = chart.getAxisSet().getXAxis(0);
		categoryAxis.getTitle().setText(kind == DashboardChart.Kind.MONTHLY_TREND ? Messages.Charts_month : "");
		categoryAxis.setCategorySeries(data.categories().stream().map(ChartView::shorten).toArray(String[]::new));
		categoryAxis.enableCategory(true);
		// the first department (by the court's order) on top
		categoryAxis.setReversed(bars);
		IAxis countAxis = chart.getAxisSet().getYAxis(0);
		countAxis.getTitle().setText(Messages.Charts_count);
		// counts are whole numbers (keepTicksWhole keeps the ticks on them)
		countAxis.getTick().setFormat(new DecimalFormat("#0"));

		Display display = parent.getDisplay();
		List<ChartData.Series> series = data.series();
		for (int i = 0; i < series.size(); i++) {
			ChartData.Series s = series.get(i);
			if (s.values().isEmpty()) {
				// nothing to draw (a plugin installed before its records came): SWTChart cannot lay out an empty
				// bar series, and the chart says 暂无数据 below
				continue;
			}
			Color color = display.getSystemColor(COLORS[i % COLORS.length]);
			ISeries<?> drawn = chart.getSeriesSet().createSeries(bars ? SeriesType.BAR : SeriesType.LINE, s.label());
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
		long max = maxCount(data);
		countAxis.setRange(new Range(0, axisMax(max)));
		if (max == 0) {
			LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), chart);
			Font large = resources.create(FontDescriptor.createFrom(chart.getFont()).increaseHeight(4));
			chart.getPlotArea().setBackgroundText(Messages.Charts_noData, large,
					display.getSystemColor(SWT.COLOR_DARK_GRAY), IPlotArea.POSITION_CENTER_X,
					IPlotArea.POSITION_CENTER_Y);
		}
		keepTicksWhole(chart, countAxis, bars);
		showFullNamesOnHover(chart, data, categoryAxis, bars);
		Printable.offer(chart, () -> List.of(picture(chart)));
		return chart;
	}

	/** 文件 → 打印…: the chart as drawn on the screen, at its size there, as a picture the page layout scales. */
	public static PrintBlock.Picture picture(Chart chart) {
		Point size = chart.getSize();
		Image image = new Image(chart.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		try {
			GC gc = new GC(image);
			try {
				gc.setBackground(chart.getBackground());
				gc.fillRectangle(0, 0, size.x, size.y);
			} finally {
				gc.dispose();
			}
			chart.renderOffscreenImage(image);
			return new PrintBlock.Picture(null, image.getImageData());
		} finally {
			image.dispose();
		}
	}

	/**
	 * Height that shows every category of a breakdown on its own line; at least the height of a trend chart.
	 */
	public static int preferredHeight(DashboardChart.Kind kind, ChartData data) {
		if (kind != DashboardChart.Kind.BREAKDOWN) {
			return MIN_HEIGHT;
		}
		return Math.max(MIN_HEIGHT, BAR_CHROME_HEIGHT + BAR_ROW_HEIGHT * data.categories().size());
	}

	/** The largest count of any series; 0 when there is none. */
	static long maxCount(ChartData data) {
		return data.series().stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
	}

	/** Some headroom above the largest count, and never less than {@link #MIN_AXIS_MAX}. */
	static long axisMax(long maxCount) {
		return Math.max(MIN_AXIS_MAX, maxCount + Math.max(1, maxCount / 10));
	}

	static String shorten(String label) {
		return label.length() <= MAX_LABEL_LENGTH ? label : label.substring(0, MAX_LABEL_LENGTH - 1) + "…";
	}

	/**
	 * SWTChart spaces ticks about {@link #TICK_SPACING} pixels apart, which on a wide or tall chart with small counts
	 * means steps of 0.5 (drawn as "…" between 0, 1 and 2, because the whole-number format cannot tell them apart):
	 * widen the spacing so that one step is at least one count, again on every resize. The step is measured against
	 * the whole chart, never shorter than the axis SWTChart measures: measured against the plot, a plot that grew after
	 * the hint was set (the window maximised, a part's sash moved) got half steps again.
	 */
	private static void keepTicksWhole(Chart chart, IAxis countAxis, boolean horizontal) {
		Control plot = chart.getPlotArea().getControl();
		Listener fit = e -> {
			Point size = chart.getSize();
			int length = horizontal ? size.x : size.y;
			Range range = countAxis.getRange();
			double span = range.upper - range.lower;
			if (length <= 0 || span <= 0) {
				return;
			}
			int spacing = wholeStepSpacing(length, span);
			if (spacing != countAxis.getTick().getTickMarkStepHint()) {
				// the hint lays the chart out again: not from inside its own layout
				plot.getDisplay().asyncExec(() -> {
					if (!chart.isDisposed() && spacing != countAxis.getTick().getTickMarkStepHint()) {
						countAxis.getTick().setTickMarkStepHint(spacing);
					}
				});
			}
		};
		chart.addListener(SWT.Resize, fit);
		plot.addListener(SWT.Resize, fit);
	}

	/**
	 * The tick spacing in pixels that makes SWTChart's step (span ÷ length × spacing, rounded up to 1, 2 or 5 times a
	 * power of ten) at least one count on an axis of at most {@code length} pixels.
	 */
	static int wholeStepSpacing(int length, double span) {
		return Math.max(TICK_SPACING, (int) Math.ceil(length / span) + 1);
	}

	/** The tooltip names the category under the mouse in full, with its counts. */
	private static void showFullNamesOnHover(Chart chart, ChartData data, IAxis categoryAxis, boolean bars) {
		if (data.categories().isEmpty()) {
			return;
		}
		chart.getPlotArea().addMouseMoveListener(e -> {
			double position = categoryAxis.getDataCoordinate(bars ? e.y : e.x);
			int index = (int) Math.round(position);
			String tip = null;
			if (index >= 0 && index < data.categories().size()) {
				StringBuilder text = new StringBuilder(data.categories().get(index));
				for (ChartData.Series s : data.series()) {
					text.append('\n').append(s.label()).append(": ").append(s.values().get(index));
				}
				tip = text.toString();
			}
			chart.getPlotArea().setToolTipText(tip);
		});
	}
}
