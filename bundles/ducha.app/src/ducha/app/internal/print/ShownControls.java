package ducha.app.internal.print;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Chart;

import ducha.app.charts.ChartView;
import ducha.app.print.PrintBlock;

/**
 * What a view's own controls show, read for printing when the control offers nothing itself: a table's visible
 * columns and rows as shown (as {@code ListTable.shown()} reads them for an export), a tree's expanded items
 * indented under their parents, a chart as a picture.
 */
final class ShownControls {

	/** A child item of a tree is printed indented by this much per level. */
	private static final String INDENT = "    ";

	private ShownControls() {
	}

	static PrintBlock.Table table(Table table, String caption) {
		List<Integer> visible = new ArrayList<>();
		for (int index : table.getColumnOrder()) {
			if (table.getColumn(index).getWidth() > 0) {
				visible.add(index);
			}
		}
		List<String> headers = visible.stream().map(i -> table.getColumn(i).getText()).toList();
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (visible.isEmpty()) {
				rows.add(List.of(item.getText()));
			} else {
				rows.add(visible.stream().map(item::getText).toList());
			}
		}
		return new PrintBlock.Table(caption, visible.isEmpty() ? List.of("") : headers, rows);
	}

	static PrintBlock.Table tree(Tree tree, String caption) {
		List<Integer> visible = new ArrayList<>();
		for (int index : tree.getColumnOrder()) {
			if (tree.getColumn(index).getWidth() > 0) {
				visible.add(index);
			}
		}
		List<String> headers = visible.stream().map(i -> tree.getColumn(i).getText()).toList();
		List<List<String>> rows = new ArrayList<>();
		addItems(tree.getItems(), "", visible, rows);
		return new PrintBlock.Table(caption, visible.isEmpty() ? List.of("") : headers, rows);
	}

	/** The items in the shown order: each item, then its children when it is expanded. */
	private static void addItems(TreeItem[] items, String indent, List<Integer> visible, List<List<String>> rows) {
		for (TreeItem item : items) {
			List<String> row = new ArrayList<>();
			if (visible.isEmpty()) {
				row.add(indent + item.getText());
			} else {
				// the tree's own column (index 0) carries the indentation, wherever the user moved it
				visible.forEach(i -> row.add(i == 0 ? indent + item.getText(i) : item.getText(i)));
			}
			rows.add(row);
			if (item.getExpanded()) {
				addItems(item.getItems(), indent + INDENT, visible, rows);
			}
		}
	}

	/** A chart drawn otherwise than by the kit's {@code ChartView}: as it does, a picture of it as shown. */
	static PrintBlock.Picture chart(Chart chart) {
		return ChartView.picture(chart);
	}
}
