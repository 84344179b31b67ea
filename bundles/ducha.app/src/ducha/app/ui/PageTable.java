package ducha.app.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import ducha.app.print.PrintBlock;
import ducha.app.print.Printable;

/** A read-only NatTable showing the rows of the current page only; the row header numbers the rows of the whole list. */
public final class PageTable {

	private final NatTable natTable;
	private final SelectionLayer selectionLayer;
	private final List<String[]> rows = new ArrayList<>();
	private final int columns;
	private final List<String> headers;
	private long firstRow;

	public PageTable(Composite parent, String[] headers, int[] widths) {
		columns = headers.length;
		this.headers = List.of(headers);
		IDataProvider bodyData = new PageData();
		DataLayer bodyDataLayer = new DataLayer(bodyData);
		for (int i = 0; i < widths.length; i++) {
			bodyDataLayer.setColumnWidthByPosition(i, widths[i]);
		}
		// the last column (a 标记规则, a 结案日期) takes the room the window leaves beside the others, never less than
		// its own width: a long text shows whole at 1920 pixels, and a narrow window still scrolls sideways
		int last = columns - 1;
		if (last >= 0 && last < widths.length) {
			bodyDataLayer.setColumnPercentageSizing(last, true);
			bodyDataLayer.setMinColumnWidth(last, widths[last]);
		}
		selectionLayer = new SelectionLayer(bodyDataLayer);
		ViewportLayer viewportLayer = new ViewportLayer(selectionLayer);
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(headers);
		ColumnHeaderLayer headerLayer = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData),
				viewportLayer, selectionLayer);
		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData) {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				return firstRow + rowIndex + 1;
			}
		};
		DataLayer rowHeaderDataLayer = new DefaultRowHeaderDataLayer(rowHeaderData);
		rowHeaderDataLayer.setDefaultColumnWidth(50);
		RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(rowHeaderDataLayer, viewportLayer, selectionLayer);
		CornerLayer cornerLayer = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData,
				rowHeaderData)), rowHeaderLayer, headerLayer);
		natTable = new NatTable(parent, new GridLayer(viewportLayer, headerLayer, rowHeaderLayer, cornerLayer),
				false);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.configure();
		// 文件 → 打印… prints the page shown, under the list's headers
		Printable.offer(natTable,
				() -> List.of(new PrintBlock.Table(null, this.headers, rows.stream().map(Arrays::asList).toList())));
	}

	/** What a double-click on a row, or Enter on the selected one, does with the row's texts. */
	public void onOpen(Consumer<String[]> listener) {
		natTable.addListener(SWT.MouseDoubleClick, e -> rowAt(e).ifPresent(listener));
		natTable.addListener(SWT.KeyDown, e -> {
			if (e.character == SWT.CR) {
				selected().ifPresent(listener);
			}
		});
	}

	/** The row under the pointer, if it is a row of the body (not a header). */
	private Optional<String[]> rowAt(Event e) {
		if (!natTable.getRegionLabelsByXY(e.x, e.y).hasLabel(GridRegion.BODY)) {
			return Optional.empty();
		}
		return row(natTable.getRowIndexByPosition(natTable.getRowPositionByY(e.y)));
	}

	/** The row of the selection's anchor (the last row clicked or moved to), if there is one. */
	public Optional<String[]> selected() {
		return row(selectionLayer.getSelectionAnchor().getRowPosition() < 0 ? -1
				: selectionLayer.getRowIndexByPosition(selectionLayer.getSelectionAnchor().getRowPosition()));
	}

	private Optional<String[]> row(int index) {
		return index >= 0 && index < rows.size() ? Optional.of(rows.get(index).clone())
				: Optional.empty();
	}

	public NatTable control() {
		return natTable;
	}

	/** Replaces the shown rows by one page; firstRow is the page's offset in the whole list (for row numbers). */
	public void show(List<String[]> page, long first) {
		rows.clear();
		rows.addAll(page);
		firstRow = first;
		natTable.refresh();
	}

	public int rowCount() {
		return rows.size();
	}

	private final class PageData implements IDataProvider {

		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			return rows.get(rowIndex)[columnIndex];
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			throw new UnsupportedOperationException("the paged lists are read-only");
		}

		@Override
		public int getColumnCount() {
			return columns;
		}

		@Override
		public int getRowCount() {
			return rows.size();
		}
	}
}
