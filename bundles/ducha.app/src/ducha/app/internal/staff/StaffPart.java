package ducha.app.internal.staff;

import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorService;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 干警名册: the staff the user may see, with department filter, sortable and filterable columns, a column
 * chooser and export to the staff ledger.
 */
public class StaffPart {

	private static final ILog LOG = ILog.of(StaffPart.class);

	@Inject
	private Principal principal;

	@Inject
	private DirectoryService directory;

	@Inject
	private SupervisorService supervisors;

	@Inject
	private LedgerService ledgers;

	@Inject
	private UISynchronize sync;

	private final StaffTableModel model = new StaffTableModel();
	private StaffTable table;
	private DepartmentTree departments;
	private Label summary;
	private Button reload;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		summary = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		reload = button(bar, Messages.Staff_reload);
		reload.addListener(SWT.Selection, e -> load());
		Button columns = button(bar, Messages.Staff_columns);
		columns.addListener(SWT.Selection, e -> showColumnChooser(columns));
		Button export = button(bar, Messages.Staff_export);
		export.addListener(SWT.Selection, e -> StaffExport.run(parent.getShell(), ledgers, principal, sync));

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		departments = new DepartmentTree(sash, this::filterDepartment);
		table = new StaffTable(sash, model);
		sash.setWeights(22, 78);
		load();
	}

	private static Button button(Composite bar, String text) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		return button;
	}

	/** Reads departments and staff in a job; the table fills when they arrive. */
	void load() {
		reload.setEnabled(false);
		summary.setText(Messages.Staff_loading);
		Job.create(Messages.Staff_loadJob, monitor -> {
			try {
				StaffDirectory loaded = StaffDirectory.load(directory, supervisors, principal);
				sync.asyncExec(() -> show(loaded));
			} catch (RuntimeException e) {
				LOG.error("Staff directory could not be read", e);
				sync.asyncExec(() -> showFailure(e.getMessage()));
			}
		}).schedule();
	}

	private void show(StaffDirectory loaded) {
		if (summary.isDisposed()) {
			return;
		}
		model.setRows(loaded.rows());
		departments.show(loaded.departments(), loaded.countByDepartment());
		model.setDepartmentFilter(row -> true);
		table.refresh();
		updateSummary();
		reload.setEnabled(true);
	}

	private void showFailure(String reason) {
		if (!summary.isDisposed()) {
			summary.setText(NLS.bind(Messages.Staff_loadFailed, reason));
			reload.setEnabled(true);
		}
	}

	private void filterDepartment(Predicate<StaffRow> filter) {
		model.setDepartmentFilter(filter);
		table.refresh();
		updateSummary();
	}

	private void updateSummary() {
		summary.setText(NLS.bind(Messages.Staff_summary, model.totalCount(), model.visible().size()));
	}

	private void showColumnChooser(Button anchor) {
		Menu menu = new Menu(anchor);
		for (StaffColumn column : StaffColumn.values()) {
			MenuItem item = new MenuItem(menu, SWT.CHECK);
			item.setText(column.header());
			item.setSelection(table.isVisible(column));
			item.addListener(SWT.Selection, e -> table.setVisible(column, item.getSelection()));
		}
		Rectangle bounds = anchor.getBounds();
		Point location = anchor.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
		menu.setLocation(location);
		menu.setVisible(true);
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}
}
