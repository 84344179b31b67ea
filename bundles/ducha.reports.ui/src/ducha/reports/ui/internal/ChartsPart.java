package ducha.reports.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import ducha.app.charts.ChartView;
import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.Refreshable;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 统计图表: every registered {@link DashboardChart} over the current year (per-month trends, per-department
 * breakdowns), computed in a job for the logged-in user and drawn with SWTChart.
 */
public class ChartsPart implements Refreshable {

	private static final ILog LOG = ILog.of(ChartsPart.class);
	private static final int COLUMNS = 2;

	/** What one chart computed to, or why it could not. */
	private record Computed(DashboardChart chart, ChartData data, String error) {
	}

	@Inject
	private Principal principal;

	@Inject
	private Background background;

	private volatile InstalledCharts charts;
	private ScrolledComposite scroller;
	private Composite board;
	private Label status;
	private Button refresh;

	/** The plugins' charts, from DS; injected again when they come (this bundle's components start with the view). */
	@Inject
	void chartsChanged(@Optional InstalledCharts installed) {
		charts = installed;
		if (installed != null && refresh != null && !refresh.isDisposed()) {
			refresh();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().margins(12, 10).applyTo(parent);
		Composite header = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
		status = Forms.summary(header, null);
		refresh = new Button(header, SWT.PUSH);
		refresh.setText(Messages.Charts_refresh);
		refresh.addListener(SWT.Selection, e -> refresh());
		// ten charts do not fit a 1280×800 window at a readable height: the board scrolls instead of squeezing
		// them to a title over an empty plot (as the home part does)
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		board = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(COLUMNS).equalWidth(true).spacing(12, 12).applyTo(board);
		scroller.setContent(board);
		scroller.addListener(SWT.Resize, e -> layoutBoard());
		refresh();
	}

	/** Recomputes every chart of the current year in the background; F5 too. */
	@Override
	public void refresh() {
		refresh.setEnabled(false);
		int year = LocalDate.now().getYear();
		status.setText(NLS.bind(Messages.Charts_computing, year));
		InstalledCharts installed = charts;
		List<DashboardChart> ordered = installed == null ? List.of() : installed.ordered();
		background.run(Messages.Charts_job, () -> ordered.stream().map(chart -> compute(chart, year)).toList(),
				computed -> show(year, computed), reason -> show(year, List.of()));
	}

	private Computed compute(DashboardChart chart, int year) {
		try {
			return new Computed(chart, chart.compute(principal, year), null);
		} catch (RuntimeException e) {
			LOG.error("Dashboard chart " + chart.id() + " failed", e);
			return new Computed(chart, null, e.getMessage());
		}
	}

	private void show(int year, List<Computed> computed) {
		if (board.isDisposed()) {
			return;
		}
		for (Control child : board.getChildren()) {
			child.dispose();
		}
		for (Computed c : computed) {
			String title = c.chart().title() + "（" + year + "年）";
			if (c.data() == null) {
				Label failed = new Label(board, SWT.WRAP);
				failed.setText(NLS.bind(Messages.Charts_failed, title, c.error()));
				GridDataFactory.fillDefaults().grab(true, true).applyTo(failed);
			} else {
				GridDataFactory.fillDefaults().grab(true, true)
						.hint(SWT.DEFAULT, ChartView.preferredHeight(c.chart().kind(), c.data()))
						.applyTo(ChartView.create(board, title, c.chart().kind(), c.data()));
			}
		}
		if (computed.isEmpty()) {
			Label none = new Label(board, SWT.WRAP);
			none.setText(Messages.Charts_none);
		}
		status.setText(NLS.bind(Messages.Charts_status, computed.size(), year));
		refresh.setEnabled(true);
		layoutBoard();
	}

	/** The board as high as its charts want at the window's width; the scroller scrolls what does not fit. */
	private void layoutBoard() {
		if (board.isDisposed()) {
			return;
		}
		scroller.setMinSize(board.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
		board.layout(true, true);
	}

	/**
	 * The focus goes into this view even while 刷新 is disabled (the charts are being computed): a focus left in
	 * the view that was in front would make E4 activate that hidden view again, and F5 or 打印 would act on it.
	 */
	@Focus
	void focus() {
		if (!refresh.setFocus()) {
			scroller.forceFocus();
		}
	}
}
