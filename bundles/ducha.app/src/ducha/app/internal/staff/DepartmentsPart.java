package ducha.app.internal.staff;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import ducha.app.ui.Background;
import ducha.app.ui.Refreshable;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorService;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** 部门: the court's departments in their own order, with kind, state and the head count the user may see. */
public class DepartmentsPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private DirectoryService directory;

	@Inject
	private SupervisorService supervisors;

	@Inject
	private Background background;

	private TableViewer viewer;
	private Map<String, Long> counts = Map.of();

	@PostConstruct
	void create(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Departments_colCode, 80, Department::code);
		column(Messages.Departments_colName, 160, Department::name);
		column(Messages.Departments_colKind, 110, d -> d.kind().label());
		column(Messages.Departments_colStaff, 80, d -> String.valueOf(counts.getOrDefault(d.code(), 0L)));
		column(Messages.Departments_colState, 80,
				d -> d.active() ? Messages.Departments_active : Messages.Departments_inactive);
		load();
	}

	/** F5: the departments and their staff counts again. */
	@Override
	public void refresh() {
		load();
	}

	private void load() {
		background.run(Messages.Departments_loadJob, () -> StaffDirectory.load(directory, supervisors, principal),
				loaded -> show(loaded.departments(), loaded.countByDepartment()),
				Background.errorDialog(viewer.getTable(), Messages.Departments_loadJob));
	}

	private void column(String title, int width, Function<Department, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((Department) e)));
	}

	private void show(List<Department> departments, Map<String, Long> staffCounts) {
		if (!viewer.getTable().isDisposed()) {
			counts = staffCounts;
			viewer.setInput(departments);
		}
	}

	@Focus
	void focus() {
		viewer.getTable().setFocus();
	}
}
