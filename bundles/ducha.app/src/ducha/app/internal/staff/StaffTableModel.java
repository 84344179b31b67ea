package ducha.app.internal.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * The staff rows behind the table: all loaded rows, and the visible list that the NatTable data provider reads,
 * recomputed in place from the department filter, the filter-row texts and the sort column.
 */
final class StaffTableModel {

	private final List<StaffRow> all = new ArrayList<>();
	private final List<StaffRow> visible = new ArrayList<>();
	private final Map<StaffColumn, String> columnFilters = new HashMap<>();
	private Predicate<StaffRow> departmentFilter = row -> true;
	private StaffColumn sortColumn;
	private SortDirectionEnum sortDirection = SortDirectionEnum.NONE;
	/** Told after every change of the visible rows, whatever changed them (load, department, filter row, sort). */
	private Runnable changed = () -> {
	};

	/** The listener of every change of the visible rows (the summary 共 N 人，显示 M 人 follows the table). */
	void onChange(Runnable listener) {
		changed = listener;
	}

	/** The list the data provider shows; changes in place. */
	List<StaffRow> visible() {
		return visible;
	}

	int totalCount() {
		return all.size();
	}

	void setRows(List<StaffRow> rows) {
		all.clear();
		all.addAll(rows);
		apply();
	}

	void setDepartmentFilter(Predicate<StaffRow> filter) {
		departmentFilter = filter;
		apply();
	}

	/** @param filters filter text by column index, as the NatTable filter row hands them over */
	void setColumnFilters(Map<Integer, Object> filters) {
		columnFilters.clear();
		filters.forEach((index, value) -> {
			String text = value == null ? "" : value.toString().strip();
			if (!text.isEmpty() && index >= 0 && index < StaffColumn.values().length) {
				columnFilters.put(StaffColumn.values()[index], text.toLowerCase(Locale.ROOT));
			}
		});
		apply();
	}

	void sort(StaffColumn column, SortDirectionEnum direction) {
		sortColumn = direction == SortDirectionEnum.NONE ? null : column;
		sortDirection = direction;
		apply();
	}

	StaffColumn sortColumn() {
		return sortColumn;
	}

	SortDirectionEnum sortDirection() {
		return sortDirection;
	}

	private void apply() {
		List<StaffRow> result = new ArrayList<>(all.stream().filter(departmentFilter).filter(this::matchesColumns)
				.toList());
		if (sortColumn != null) {
			Comparator<StaffRow> order = sortColumn.comparator();
			result.sort(sortDirection == SortDirectionEnum.DESC ? order.reversed() : order);
		}
		visible.clear();
		visible.addAll(result);
		changed.run();
	}

	private boolean matchesColumns(StaffRow row) {
		for (Map.Entry<StaffColumn, String> filter : columnFilters.entrySet()) {
			if (!filter.getKey().value(row).toLowerCase(Locale.ROOT).contains(filter.getValue())) {
				return false;
			}
		}
		return true;
	}
}
