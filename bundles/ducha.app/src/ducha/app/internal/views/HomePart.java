package ducha.app.internal.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.osgi.util.tracker.ServiceTracker;

import ducha.app.charts.ChartView;
import ducha.app.internal.startup.Session;
import ducha.app.internal.OsgiServices;
import ducha.app.internal.ServiceChanges;
import ducha.app.ui.Refreshable;
import ducha.core.audit.DataChanged;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.TileValue;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * 首页: one tile per registered {@link DashboardTile} service and below them the current year's
 * {@link DashboardChart}s, those that {@link DashboardTile#concerns concern} the logged-in user, computed in one
 * job for that user and recomputed when data changes. A plugin
 * that is installed or removed brings or takes its tiles and charts (recomputed when their services come or go).
 */
public class HomePart implements Refreshable {

	private static final ILog LOG = ILog.of(HomePart.class);
	private static final int COLUMNS = 4;
	private static final int CHART_COLUMNS = 2;
	/** Changes often come in bursts (a ledger import, the demo seeding): recompute at most this often. */
	private static final long REFRESH_DELAY_MS = 2000;

	/** What one chart computed to, or why it could not. */
	private record ChartEntry(String title, DashboardChart.Kind kind, ChartData data, String error) {
	}

	@Inject
	private Principal principal;

	@Inject
	private UISynchronize sync;

	@Inject
	private PartOpener opener;

	private final AtomicBoolean refreshPending = new AtomicBoolean();
	private volatile boolean watching;
	/** Opened by the first computation, off the UI thread: getting the services activates the plugins' components. */
	private ServiceTracker<DashboardTile, DashboardTile> tiles;
	private ServiceTracker<DashboardChart, DashboardChart> charts;
	private boolean disposed;
	/** Whether the main window has been on screen ({@link Session#WINDOW_SHOWN}), and whether this page computed. */
	private boolean windowShown;
	private boolean computed;
	private LocalResourceManager resources;
	private ScrolledComposite scroller;
	private Composite content;
	private Composite board;
	private Composite chartBoard;
	private Label status;
	private Button refresh;

	@PostConstruct
	void create(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayoutFactory.swtDefaults().margins(16, 12).applyTo(parent);

		Composite header = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(header);
		Label title = new Label(header, SWT.NONE);
		title.setText(NLS.bind(Messages.Home_title, principal.displayName()));
		title.setFont(resources.create(FontDescriptor.createFrom(title.getFont()).setHeight(14)
				.setStyle(SWT.BOLD)));
		status = new Label(header, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		refresh = new Button(header, SWT.PUSH);
		refresh.setText(Messages.Home_refresh);
		refresh.addListener(SWT.Selection, e -> refresh());

		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 16).applyTo(content);
		board = new Composite(content, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(board);
		GridLayoutFactory.swtDefaults().numColumns(COLUMNS).equalWidth(true).spacing(12, 12).applyTo(board);
		chartBoard = new Composite(content, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chartBoard);
		GridLayoutFactory.swtDefaults().numColumns(CHART_COLUMNS).equalWidth(true).spacing(12, 12)
				.applyTo(chartBoard);
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, e -> layoutBoard());
		if (windowShown) {
			refresh();
		} else {
			// the first figures wait for the main window to be on screen
			refresh.setEnabled(false);
			status.setText(Messages.Home_computing);
		}
	}

	/** The main window is on screen (at once for a page opened later): the first computation starts. */
	@Inject
	@Optional
	void windowShown(@Named(Session.WINDOW_SHOWN) Boolean shown) {
		if (Boolean.TRUE.equals(shown)) {
			windowShown = true;
			if (refresh != null && !refresh.isDisposed() && !computed) {
				refresh();
			}
		}
	}

	/** Recomputes every tile and chart in the background (刷新, F5). */
	@Override
	public void refresh() {
		computed = true;
		refresh.setEnabled(false);
		status.setText(Messages.Home_computing);
		schedule(0);
	}

	/**
	 * Another part or plugin changed data (posted after the audit entry committed): recompute, but at most once per
	 * {@link #REFRESH_DELAY_MS}, however many changes arrive meanwhile.
	 */
	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataChanged.TOPIC) Event event) {
		if (refreshPending.compareAndSet(false, true)) {
			schedule(REFRESH_DELAY_MS);
		}
	}

	/** Tiles or charts came or went; the services present when the part opened are in its first computation. */
	private void servicesChanged() {
		if (watching && refreshPending.compareAndSet(false, true)) {
			schedule(REFRESH_DELAY_MS);
		}
	}

	private void schedule(long delay) {
		Job job = Job.create(Messages.Home_job, monitor -> {
			refreshPending.set(false);
			if (!openTrackers()) {
				return;
			}
			// what the viewer may not read is left out, not shown as a tile that says 无权查看
			List<DashboardTile> orderedTiles = sorted(tiles.getServices(new DashboardTile[0]),
					Comparator.comparingInt(DashboardTile::order)).stream()
					.filter(t -> concerns(t.id(), () -> t.concerns(principal))).toList();
			List<DashboardChart> orderedCharts = sorted(charts.getServices(new DashboardChart[0]),
					Comparator.comparingInt(DashboardChart::order)).stream()
					.filter(c -> concerns(c.id(), () -> c.concerns(principal))).toList();
			SubMonitor progress = SubMonitor.convert(monitor, orderedTiles.size() + orderedCharts.size());
			List<DashboardEntry> entries = new ArrayList<>();
			for (DashboardTile tile : orderedTiles) {
				progress.checkCanceled();
				entries.add(new DashboardEntry(tile.title(), compute(tile), tile.target()));
				progress.worked(1);
			}
			int year = LocalDate.now().getYear();
			List<ChartEntry> chartEntries = new ArrayList<>();
			for (DashboardChart chart : orderedCharts) {
				progress.checkCanceled();
				chartEntries.add(compute(chart, year));
				progress.worked(1);
			}
			sync.asyncExec(() -> show(entries, chartEntries));
		});
		job.setSystem(delay > 0);
		job.schedule(delay);
	}

	/**
	 * The trackers of the tiles and charts, opened once, in the first computation's job: getting the services
	 * activates the plugins' components (their classes, their services, the persistence units behind them), which
	 * the main window does not wait for. A plugin installed or removed at run time then brings or takes its tiles
	 * and charts. False once the part is closed.
	 */
	private synchronized boolean openTrackers() {
		if (disposed) {
			return false;
		}
		if (tiles == null) {
			tiles = new ServiceTracker<>(OsgiServices.context(), DashboardTile.class,
					new ServiceChanges<>(OsgiServices.context(), this::servicesChanged));
			tiles.open();
			charts = new ServiceTracker<>(OsgiServices.context(), DashboardChart.class,
					new ServiceChanges<>(OsgiServices.context(), this::servicesChanged));
			charts.open();
			// the services present now are in this computation; only later changes recompute
			watching = true;
		}
		return true;
	}

	private static <T> List<T> sorted(T[] services, Comparator<T> order) {
		return services == null ? List.of() : Arrays.stream(services).sorted(order).toList();
	}

	/** The tile's or chart's answer; one that fails is kept, so that its computation shows the failure. */
	private static boolean concerns(String id, BooleanSupplier concerns) {
		try {
			return concerns.getAsBoolean();
		} catch (RuntimeException e) {
			LOG.error("Dashboard entry " + id + " failed", e);
			return true;
		}
	}

	private ChartEntry compute(DashboardChart chart, int year) {
		String title = chart.title() + "（" + year + "年）";
		try {
			return new ChartEntry(title, chart.kind(), chart.compute(principal, year), null);
		} catch (RuntimeException e) {
			LOG.error("Dashboard chart " + chart.id() + " failed", e);
			return new ChartEntry(title, chart.kind(), null, e.getMessage());
		}
	}

	private TileValue compute(DashboardTile tile) {
		try {
			return tile.compute(principal);
		} catch (RuntimeException e) {
			LOG.error("Dashboard tile " + tile.id() + " failed", e);
			return new TileValue("—", e.getMessage(), TileValue.Level.ALERT);
		}
	}

	private void show(List<DashboardEntry> entries, List<ChartEntry> chartEntries) {
		if (board.isDisposed()) {
			return;
		}
		showCharts(chartEntries);
		for (Control child : board.getChildren()) {
			child.dispose();
		}
		for (DashboardEntry entry : entries) {
			TileView.create(board, resources, entry, opener::openTarget);
		}
		if (entries.isEmpty()) {
			Label none = new Label(board, SWT.WRAP);
			none.setText(Messages.Home_noTiles);
			GridDataFactory.fillDefaults().span(COLUMNS, 1).applyTo(none);
		}
		status.setText(NLS.bind(Messages.Home_status, entries.size()));
		refresh.setEnabled(true);
		layoutBoard();
	}

	private void showCharts(List<ChartEntry> chartEntries) {
		for (Control child : chartBoard.getChildren()) {
			child.dispose();
		}
		for (ChartEntry entry : chartEntries) {
			if (entry.data() == null) {
				Label failed = new Label(chartBoard, SWT.WRAP);
				failed.setText(NLS.bind(Messages.Home_chartFailed, entry.title(), entry.error()));
				GridDataFactory.fillDefaults().grab(true, false).applyTo(failed);
			} else {
				GridDataFactory.fillDefaults().grab(true, false)
						.hint(SWT.DEFAULT, ChartView.preferredHeight(entry.kind(), entry.data()))
						.applyTo(ChartView.create(chartBoard, entry.title(), entry.kind(), entry.data()));
			}
		}
		((GridData) chartBoard.getLayoutData()).exclude = chartEntries.isEmpty();
		chartBoard.setVisible(!chartEntries.isEmpty());
	}

	private void layoutBoard() {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
		content.layout(true, true);
	}

	@Focus
	void focus() {
		refresh.setFocus();
	}

	@PreDestroy
	synchronized void dispose() {
		disposed = true;
		if (tiles != null) {
			tiles.close();
			charts.close();
		}
	}
}
