package ducha.app.internal.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;

/**
 * The department filter beside the staff table: the whole court, then each kind of department, then each
 * department with its head count. Selecting a node shows its staff.
 */
final class DepartmentTree {

	private final Tree tree;

	DepartmentTree(Composite parent, Consumer<Predicate<StaffRow>> onSelect) {
		tree = new Tree(parent, SWT.SINGLE | SWT.BORDER);
		tree.addListener(SWT.Selection, e -> {
			if (e.item != null && e.item.getData() instanceof Predicate<?> filter) {
				@SuppressWarnings("unchecked")
				Predicate<StaffRow> rowFilter = (Predicate<StaffRow>) filter;
				onSelect.accept(rowFilter);
			}
		});
	}

	Tree control() {
		return tree;
	}

	void show(List<Department> departments, Map<String, Long> counts) {
		tree.removeAll();
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		TreeItem court = item(null, NLS.bind(Messages.Staff_wholeCourt, total), (Predicate<StaffRow>) row -> true);
		List<TreeItem> kinds = new ArrayList<>();
		for (DepartmentKind kind : DepartmentKind.values()) {
			List<Department> ofKind = departments.stream().filter(d -> d.kind() == kind).toList();
			if (ofKind.isEmpty()) {
				continue;
			}
			long kindCount = ofKind.stream().mapToLong(d -> counts.getOrDefault(d.code(), 0L)).sum();
			TreeItem kindItem = item(court, kind.label() + " (" + kindCount + ")",
					(Predicate<StaffRow>) row -> row.departmentKind() == kind);
			for (Department department : ofKind) {
				String label = department.name() + " (" + counts.getOrDefault(department.code(), 0L) + ")"
						+ (department.active() ? "" : " " + Messages.Staff_inactive);
				item(kindItem, label, (Predicate<StaffRow>) row -> Objects.equals(row.departmentCode(),
						department.code()));
			}
			kinds.add(kindItem);
		}
		// GTK expands a node only when its parent is expanded: top down
		court.setExpanded(true);
		kinds.forEach(kind -> kind.setExpanded(true));
		tree.setSelection(court);
	}

	private TreeItem item(TreeItem parent, String text, Predicate<StaffRow> filter) {
		TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
		item.setText(text);
		item.setData(filter);
		return item;
	}
}
