package ducha.app.internal.staff;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/** NatTable's view of the model's single sort column (a header click cycles none, ascending, descending). */
final class StaffSortModel implements ISortModel {

	private final StaffTableModel model;

	StaffSortModel(StaffTableModel model) {
		this.model = model;
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return model.sortColumn() == null ? List.of() : List.of(model.sortColumn().ordinal());
	}

	@Override
	public boolean isColumnIndexSorted(int columnIndex) {
		return model.sortColumn() != null && model.sortColumn().ordinal() == columnIndex;
	}

	@Override
	public SortDirectionEnum getSortDirection(int columnIndex) {
		return isColumnIndexSorted(columnIndex) ? model.sortDirection() : SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int columnIndex) {
		return isColumnIndexSorted(columnIndex) ? 0 : -1;
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
		return List.of(getColumnComparator(columnIndex));
	}

	@Override
	public Comparator<?> getColumnComparator(int columnIndex) {
		return StaffColumn.values()[columnIndex].comparator();
	}

	@Override
	public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
		// one sort column: accumulate (Ctrl+click) is treated like a plain click
		model.sort(StaffColumn.values()[columnIndex], direction);
	}

	@Override
	public void clear() {
		model.sort(null, SortDirectionEnum.NONE);
	}
}
