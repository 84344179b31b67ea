package ducha.workbench.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;

/**
 * Every text a user can read under a control: labels, buttons, links, group titles, tab titles, tool items, tool
 * tips, field contents, the column headers and rows of tables, trees and NatTables (the rows a table holds, up to
 * {@link #ROWS}), the titles and legends of charts. Each text comes with the kind of widget that shows it, so that
 * a failure says where to look.
 */
final class ScreenTexts {

	/** Rows read per table or tree: the texts of a view's first screens, not of a million cases. */
	private static final int ROWS = 200;

	private final List<String> texts = new ArrayList<>();

	static List<String> under(Control root) {
		ScreenTexts collector = new ScreenTexts();
		collector.walk(root);
		return collector.texts;
	}

	private void walk(Control control) {
		if (control == null || control.isDisposed() || !control.isVisible()) {
			return;
		}
		add("tooltip", control.getToolTipText());
		if (control instanceof Label label) {
			add("label", label.getText());
		} else if (control instanceof CLabel label) {
			add("label", label.getText());
		} else if (control instanceof Button button) {
			add("button", button.getText());
		} else if (control instanceof Link link) {
			add("link", link.getText());
		} else if (control instanceof Text text) {
			add("field", text.getText());
			add("field hint", text.getMessage());
		} else if (control instanceof StyledText text) {
			add("text", text.getText());
		} else if (control instanceof Combo combo) {
			for (String item : combo.getItems()) {
				add("choice", item);
			}
		} else if (control instanceof Table table) {
			table(table);
		} else if (control instanceof Tree tree) {
			tree(tree);
		} else if (control instanceof NatTable table) {
			natTable(table);
		} else if (control instanceof Chart chart) {
			chart(chart);
		}
		if (control instanceof Group group) {
			add("group", group.getText());
		}
		if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				add("tab", item.getText());
				add("tab tooltip", item.getToolTipText());
			}
		}
		if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				add("tool", item.getText());
				add("tool tooltip", item.getToolTipText());
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				walk(child);
			}
		}
	}

	private void table(Table table) {
		for (TableColumn column : table.getColumns()) {
			add("column header", column.getText());
			add("column tooltip", column.getToolTipText());
		}
		int columns = Math.max(1, table.getColumnCount());
		int rows = Math.min(ROWS, table.getItemCount());
		for (int row = 0; row < rows; row++) {
			TableItem item = table.getItem(row);
			for (int column = 0; column < columns; column++) {
				add("table cell", item.getText(column));
			}
		}
	}

	private void tree(Tree tree) {
		for (TreeColumn column : tree.getColumns()) {
			add("column header", column.getText());
			add("column tooltip", column.getToolTipText());
		}
		int[] budget = { ROWS };
		for (TreeItem item : tree.getItems()) {
			treeItem(item, Math.max(1, tree.getColumnCount()), budget);
		}
	}

	private void treeItem(TreeItem item, int columns, int[] budget) {
		if (budget[0]-- <= 0) {
			return;
		}
		for (int column = 0; column < columns; column++) {
			add("tree cell", item.getText(column));
		}
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				treeItem(child, columns, budget);
			}
		}
	}

	private void natTable(NatTable table) {
		int columns = table.getColumnCount();
		int rows = Math.min(ROWS, table.getRowCount());
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				Object value = table.getDataValueByPosition(column, row);
				if (value != null) {
					add("table cell", String.valueOf(value));
				}
			}
		}
	}

	private void chart(Chart chart) {
		add("chart title", chart.getTitle().getText());
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			add("axis title", axis.getTitle().getText());
			String[] categories = axis.getCategorySeries();
			if (axis.isCategoryEnabled() && categories != null) {
				for (String category : categories) {
					add("axis category", category);
				}
			}
		}
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			add("legend", series.getDescription() != null ? series.getDescription() : series.getId());
		}
	}

	private void add(String where, String text) {
		if (text != null && !text.isBlank()) {
			texts.add(where + ": " + text);
		}
	}
}
