package ducha.workbench.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * Columns of the tables and trees under a control that a user cannot read whole: a header narrower than its title,
 * a short text of the first rows (a name, a department, a 案由, a state) narrower than its column (GTK cuts it with
 * …), or columns that run past the table's right edge without a horizontal scroll bar to reach them. A long text
 * (a note, a reason) may be cut: the views show it whole as a tooltip (ListTable) or in the record's detail.
 */
final class CutColumns {

	/** The first rows, what a user sees without scrolling. */
	private static final int ROWS = 30;

	/** The longest text that must be shown whole: ListTable shows longer ones as a tooltip. */
	private static final int SHORT = 12;

	/** What GTK draws around a header's or cell's text (padding, sort arrow). */
	private static final int PADDING = 8;

	private CutColumns() {
	}

	static List<String> under(Control root) {
		List<String> found = new ArrayList<>();
		walk(root, found);
		return found;
	}

	private static void walk(Control control, List<String> found) {
		if (control == null || control.isDisposed() || !control.isVisible()) {
			return;
		}
		if (control instanceof Table table && table.getColumnCount() > 0) {
			check(table, table.getColumns(), found);
		} else if (control instanceof Tree tree && tree.getColumnCount() > 0) {
			check(tree, tree.getColumns(), found);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				walk(child, found);
			}
		}
	}

	private static void check(Scrollable table, Item[] columns, List<String> found) {
		GC gc = new GC(table);
		try {
			gc.setFont(table.getFont());
			int total = 0;
			for (int i = 0; i < columns.length; i++) {
				int width = width(columns[i]);
				total += width;
				String title = columns[i].getText();
				if (width > 0 && gc.textExtent(title).x + PADDING > width) {
					found.add("header " + title + " (" + width + " px)");
				}
				for (String cell : cells(table, i)) {
					if (width > 0 && cell.length() <= SHORT && gc.textExtent(cell).x + PADDING > width) {
						found.add("column " + title + ": " + cell + " (" + width + " px)");
						break;
					}
				}
			}
			ScrollBar bar = table.getHorizontalBar();
			boolean scrolls = bar != null && bar.isVisible();
			if (total > table.getClientArea().width + 1 && !scrolls) {
				found.add("columns " + total + " px in " + table.getClientArea().width + " px, no scroll bar");
			}
		} finally {
			gc.dispose();
		}
	}

	private static int width(Item column) {
		return column instanceof TableColumn c ? c.getWidth() : ((TreeColumn) column).getWidth();
	}

	private static List<String> cells(Scrollable table, int column) {
		List<String> cells = new ArrayList<>();
		if (table instanceof Table t) {
			for (int row = 0; row < Math.min(ROWS, t.getItemCount()); row++) {
				TableItem item = t.getItem(row);
				cells.add(item.getText(column));
			}
		} else if (table instanceof Tree t) {
			for (int row = 0; row < Math.min(ROWS, t.getItemCount()); row++) {
				cells.add(t.getItem(row).getText(column));
			}
		}
		return cells;
	}
}
