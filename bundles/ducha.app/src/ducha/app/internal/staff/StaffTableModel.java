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
