package ducha.app.internal.staff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
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
import org.eclipse.swt.widgets.Shell;

import ducha.app.print.PrintBlock;
import ducha.app.print.Printable;
import ducha.app.ui.Background;
import ducha.app.ui.FileExport;
import ducha.app.ui.Forms;
import ducha.app.ui.OpensRecords;
import ducha.app.ui.PendingRecord;
import ducha.app.ui.Refreshable;
import ducha.app.ui.ShownTable;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorService;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 干警名册: the staff the user may see, with department filter, sortable and filterable columns, a column
 * chooser, export of the rows shown and export of the whole staff ledger.
 */
public class StaffPart implements OpensRecords, Refreshable, Printable {

	/** The platform's staff ledger, which the export writes (what the user may see). */
	private static final String LEDGER_KIND = "staff";

	@Inject
	private Principal principal;

	@Inject
	private DirectoryService directory;

	@Inject
	private SupervisorService supervisors;

	@Inject
	private LedgerService ledgers;

	@Inject
	private Background background;

	private final StaffTableModel model = new StaffTableModel();
	private StaffTable table;
	private DepartmentTree departments;
	private Label summary;
	/** The outcome of an export, in the one style of the views' status lines. */
	private Label status;
	private Button reload;
	/** The 工号 the quick-find asked for while the directory was still being read. */
	private final PendingRecord pending = new PendingRecord();

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 6);
		summary = Forms.summary(bar, "staff.summary");
		reload = Forms.button(bar, "staff.reload", Messages.Staff_reload);
		reload.addListener(SWT.Selection, e -> load());
		Button columns = Forms.button(bar, "staff.columns", Messages.Staff_columns);
		columns.addListener(SWT.Selection, e -> showColumnChooser(columns));
		Forms.button(bar, "staff.exportShown", Messages.Staff_exportShown).addListener(SWT.Selection,
				e -> exportShown(parent.getShell()));
		Forms.button(bar, "staff.export", Messages.Staff_export).addListener(SWT.Selection,
				e -> export(parent.getShell()));
		status = Forms.status(bar, "staff.status", 1);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		departments = new DepartmentTree(sash, this::filterDepartment);
		table = new StaffTable(sash, model);
		// the filter row and the sort change the rows without this part: the summary follows every change
		model.onChange(this::updateSummary);
		table.onOpen(model, row -> StaffDetail.open(parent.getShell(), row));
		sash.setWeights(22, 78);
		load();
	}

	/** F5: what 重新载入 does, unless a reading is under way. */
	@Override
	public void refresh() {
		if (reload.isEnabled()) {
			load();
		}
	}

	/** Reads departments and staff in a job; the table fills when they arrive. */
	void load() {
		reload.setEnabled(false);
		summary.setText(Messages.Staff_loading);
		background.run(Messages.Staff_loadJob, () -> StaffDirectory.load(directory, supervisors, principal), this::show,
				this::showFailure);
	}

	/**
	 * 导出名册台账…: the whole staff ledger the user may see, in the ledger's columns (a file to import again), to
	 * CSV or XLSX as the user chooses in the file dialog.
	 */
	private void export(Shell shell) {
		Path file = FileExport.choose(shell, Messages.Staff_exportTitle, Messages.Staff_exportFileName,
				FileExport.Format.XLSX, FileExport.Format.CSV);
		if (file != null) {
			FileExport.write(background, file, (target, monitor) -> ledgers.exportFile(LEDGER_KIND, target, principal),
					rows -> Forms.report(status, NLS.bind(Messages.Staff_exportDone, rows, file), false),
					reason -> Forms.refused(status, NLS.bind(Messages.Staff_exportFailed, file, reason)));
		}
	}

	/**
	 * 导出所显示的行…: the staff the table shows now (department, filter row and sort applied, in the shown order)
	 * in the columns the user has not hidden, under their headers; 入职日期 as a date.
	 */
	private void exportShown(Shell shell) {
		FileExport.exportShown(shell, background, Messages.Staff_exportFileName, shown(),
				done -> Forms.report(status, done, false), reason -> Forms.refused(status, reason));
	}

	/** 文件 → 打印…: the staff the table shows, as 导出所显示的行… writes them (not the department tree beside). */
	@Override
	public List<PrintBlock> printBlocks() {
		return List.of(PrintBlock.Table.of(null, shown()));
	}

	/** The table as the user sees it, taken on the UI thread. */
	ShownTable shown() {
		List<StaffColumn> columns = table.visibleColumns();
		List<List<Object>> rows = new ArrayList<>();
		for (StaffRow row : model.visible()) {
			rows.add(columns.stream().map(column -> column.cell(row)).toList());
		}
		return new ShownTable(columns.stream().map(StaffColumn::header).toList(), rows);
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
		pending.opened(this::openRecord);
	}

	/** Shows only the staff member with the 工号 and opens the read-only detail (the quick-find's hit). */
	@Override
	public void openRecord(String staffNo) {
		if (!reload.isEnabled()) {
			pending.keep(staffNo);
			return;
		}
		filterDepartment(row -> row.staffNo().equals(staffNo));
		if (model.visible().size() == 1) {
			StaffDetail.open(summary.getShell(), model.visible().get(0));
		}
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
		if (summary.isDisposed()) {
			return;
		}
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
