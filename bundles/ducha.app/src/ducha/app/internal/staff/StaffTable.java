package ducha.app.internal.staff;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The NatTable of the staff directory: a click on a header sorts, the filter row under the headers filters
 * (part of the text, any column), columns can be hidden and shown again.
 */
final class StaffTable {

	private final NatTable natTable;
	private final ColumnHideShowLayer hideShowLayer;
	private final Set<Integer> hidden = new HashSet<>();

	StaffTable(Composite parent, StaffTableModel model) {
		ConfigRegistry configRegistry = new ConfigRegistry();

		IDataProvider bodyData = new ListDataProvider<>(model.visible(), new Accessor());
		DataLayer bodyDataLayer = new DataLayer(bodyData);
		for (StaffColumn column : StaffColumn.values()) {
			bodyDataLayer.setColumnWidthByPosition(column.ordinal(), column.width());
		}
		hideShowLayer = new ColumnHideShowLayer(bodyDataLayer);
		SelectionLayer selectionLayer = new SelectionLayer(hideShowLayer);
		ViewportLayer viewportLayer = new ViewportLayer(selectionLayer);

		IDataProvider headerData = new DefaultColumnHeaderDataProvider(StaffColumn.headers());
		DataLayer headerDataLayer = new DefaultColumnHeaderDataLayer(headerData);
		ColumnHeaderLayer headerLayer = new ColumnHeaderLayer(headerDataLayer, viewportLayer, selectionLayer);
		SortHeaderLayer<StaffRow> sortLayer = new SortHeaderLayer<>(headerLayer, new StaffSortModel(model), false);
		FilterRowHeaderComposite<StaffRow> filterLayer = new FilterRowHeaderComposite<>(
				filters -> model.setColumnFilters(filters), sortLayer, headerData, configRegistry);

		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
		RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData),
				viewportLayer, selectionLayer);
		CornerLayer cornerLayer = new CornerLayer(
				new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeaderLayer,
				filterLayer);
		GridLayer grid = new GridLayer(viewportLayer, filterLayer, rowHeaderLayer, cornerLayer);

		natTable = new NatTable(parent, grid, false);
		natTable.setConfigRegistry(configRegistry);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new SingleClickSortConfiguration());
		natTable.configure();
	}

	/** A double-click on a row hands its staff member to the listener (the read-only detail). */
	void onOpen(StaffTableModel model, Consumer<StaffRow> listener) {
		natTable.addListener(SWT.MouseDoubleClick, e -> {
			if (natTable.getRegionLabelsByXY(e.x, e.y).hasLabel(GridRegion.BODY)) {
				int index = natTable.getRowIndexByPosition(natTable.getRowPositionByY(e.y));
				if (index >= 0 && index < model.visible().size()) {
					listener.accept(model.visible().get(index));
				}
			}
		});
	}

	NatTable control() {
		return natTable;
	}

	/** Redraws after the model's rows changed in number (load, department filter). */
	void refresh() {
		natTable.refresh();
	}

	/** The columns the user sees, in the shown order (the table's columns are not moved, only hidden). */
	List<StaffColumn> visibleColumns() {
		return Arrays.stream(StaffColumn.values()).filter(this::isVisible).toList();
	}

	boolean isVisible(StaffColumn column) {
		return !hidden.contains(column.ordinal());
	}

	void setVisible(StaffColumn column, boolean visible) {
		if (visible) {
			hidden.remove(column.ordinal());
			hideShowLayer.showColumnIndexes(column.ordinal());
		} else {
			hidden.add(column.ordinal());
			hideShowLayer.hideColumnIndexes(column.ordinal());
		}
	}

	/** Cell values by column; the table is read-only. */
	private static final class Accessor implements IColumnAccessor<StaffRow> {

		@Override
		public Object getDataValue(StaffRow row, int columnIndex) {
			return StaffColumn.values()[columnIndex].value(row);
		}

		@Override
		public void setDataValue(StaffRow row, int columnIndex, Object newValue) {
			throw new UnsupportedOperationException("the staff directory is read-only here");
		}

		@Override
		public int getColumnCount() {
			return StaffColumn.values().length;
		}
	}
}
