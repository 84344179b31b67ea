package ducha.app.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.util.tracker.ServiceTracker;

import ducha.app.internal.OsgiServices;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.TileValue;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * 首页: one tile per registered {@link DashboardTile} service, computed in a job for the logged-in user. A
 * plugin that is removed takes its tiles with it.
 */
public class HomePart {

	private static final ILog LOG = ILog.of(HomePart.class);
	private static final int COLUMNS = 4;

	@Inject
	private Principal principal;

	@Inject
	private UISynchronize sync;

	@Inject
	private PartOpener opener;

	private ServiceTracker<DashboardTile, DashboardTile> tiles;
	private LocalResourceManager resources;
	private ScrolledComposite scroller;
	private Composite board;
	private Label status;
	private Button refresh;

	@PostConstruct
	void create(Composite parent) {
		tiles = new ServiceTracker<>(OsgiServices.context(), DashboardTile.class, null);
		tiles.open();
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
		board = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(COLUMNS).equalWidth(true).spacing(12, 12).applyTo(board);
		scroller.setContent(board);
		scroller.addListener(SWT.Resize, e -> layoutBoard());
		refresh();
	}

	/** Recomputes every tile in the background. */
	public void refresh() {
		refresh.setEnabled(false);
		status.setText(Messages.Home_computing);
		DashboardTile[] current = tiles.getServices(new DashboardTile[0]);
		List<DashboardTile> ordered = current == null ? List.of()
				: Arrays.stream(current).sorted(Comparator.comparingInt(DashboardTile::order)).toList();
		Job.create(Messages.Home_job, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, ordered.size());
			List<DashboardEntry> entries = new ArrayList<>();
			for (DashboardTile tile : ordered) {
				progress.checkCanceled();
				entries.add(new DashboardEntry(tile.title(), compute(tile), tile.targetPartId()));
				progress.worked(1);
			}
			sync.asyncExec(() -> show(entries));
		}).schedule();
	}

	private TileValue compute(DashboardTile tile) {
		try {
			return tile.compute(principal);
		} catch (RuntimeException e) {
			LOG.error("Dashboard tile " + tile.id() + " failed", e);
			return new TileValue("—", e.getMessage(), TileValue.Level.ALERT);
		}
	}

	private void show(List<DashboardEntry> entries) {
		if (board.isDisposed()) {
			return;
		}
		for (Control child : board.getChildren()) {
			child.dispose();
		}
		for (DashboardEntry entry : entries) {
			TileView.create(board, resources, entry, opener::open);
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

	private void layoutBoard() {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(board.computeSize(width, SWT.DEFAULT));
		board.layout(true, true);
	}

	@Focus
	void focus() {
		refresh.setFocus();
	}

	@PreDestroy
	void dispose() {
		tiles.close();
	}
}
