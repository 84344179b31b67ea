package ducha.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import ducha.app.print.PrintBlock;
import ducha.app.print.Printable;

/**
 * A read-only table of records for the short lists of the views (orders, findings, talks, rules, petitions): these
 * lists hold what the office works on, not a register, so they are shown whole; long lists use {@link PagedPart}.
 *
 * @param <T> the record shown in a row
 */
public final class ListTable<T> {

	/** One column: header, width and the text of a record. */
	public record Column<T>(String header, int width, Function<T, String> text) {
	}

	/** Texts longer than this may be cut by the column: they are shown whole as a tooltip. */
	private static final int TOOLTIP_FROM = 12;

	private final TableViewer viewer;
	private final Class<T> type;
	private final List<Column<T>> columns;
	/** The view's buttons offered on right-click ({@link #actions}). */
	private Button[] actions = {};
	private Background background;
	private Label status;
	private String exportName = Messages.Export_shownFileName;

	@SafeVarargs
	public ListTable(Composite parent, String name, boolean multi, Class<T> type, Column<T>... columns) {
		this.type = type;
		this.columns = List.of(columns);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | (multi ? SWT.MULTI : SWT.SINGLE));
		Forms.named(viewer.getTable(), name);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		for (Column<T> column : columns) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
			c.getColumn().setText(column.header());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String text = column.text().apply(type.cast(element));
					return text == null ? "" : text;
				}

				@Override
				public String getToolTipText(Object element) {
					String text = getText(element);
					return text.length() > TOOLTIP_FROM ? text : null;
				}
			});
		}
		viewer.setInput(List.of());
		Forms.fitColumns(viewer.getTable());
		rowMenu();
		// 文件 → 打印… prints what an export writes: the shown rows in the visible columns
		Printable.offer(viewer.getTable(), () -> List.of(PrintBlock.Table.of(null, shown())));
	}

	/**
	 * The right-click menu: the view's buttons ({@link #actions}), then 导出所显示的行… for every list, so that a
	 * user can always take what they see into a spreadsheet.
	 */
	private void rowMenu() {
		Table table = viewer.getTable();
		Menu menu = new Menu(table);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				item.dispose();
			}
			RowMenu.fill(menu, actions);
			if (menu.getItemCount() > 0) {
				new MenuItem(menu, SWT.SEPARATOR);
			}
			MenuItem export = new MenuItem(menu, SWT.PUSH);
			export.setText(Messages.Export_shown);
			export.setEnabled(table.getItemCount() > 0);
			export.addListener(SWT.Selection, x -> exportShown());
		});
		table.setMenu(menu);
	}

	public Table control() {
		return viewer.getTable();
	}

	/** Shows the rows and selects the first one matching keep (null: none). */
	public void show(List<T> rows, Function<T, Boolean> keep) {
		viewer.setInput(rows);
		Forms.fitColumns(viewer.getTable());
		if (keep != null) {
			rows.stream().filter(keep::apply).findFirst()
					.ifPresent(row -> viewer.setSelection(new StructuredSelection(row), true));
		}
	}

	/** What a double-click or Enter on a row does with its record (open its detail or its edit dialog). */
	public void onOpen(Consumer<T> listener) {
		viewer.addOpenListener(e -> {
			T record = selected();
			if (record != null) {
				listener.accept(record);
			}
		});
	}

	/** A double-click or Enter on a row presses the button (the view's 修改/详情), when it is enabled for the row. */
	public void openWith(Button button) {
		viewer.addOpenListener(e -> {
			if (!button.isDisposed() && button.isEnabled()) {
				button.notifyListeners(SWT.Selection, null);
			}
		});
	}

	/** The right-click menu: the view's buttons for the selected rows ({@link RowMenu}), before 导出所显示的行…. */
	public void actions(Button... buttons) {
		actions = buttons.clone();
	}

	/**
	 * Where 导出所显示的行… reports: the view's background runner and its status line (success and refusal in the
	 * one style of the views). Without it the list runs the export itself and reports in the nearest status line
	 * of the view ({@link Forms#statusLineNear}), in a message box only when the view has none.
	 *
	 * @param fileName the proposed file name (the list's name, e.g. 督办), without extension
	 */
	public void exportTo(Background views, Label line, String fileName) {
		this.background = views;
		this.status = line;
		this.exportName = fileName;
	}

	/**
	 * The table as shown: the headers of the columns the user sees (not those shrunk to nothing), in their shown
	 * order, and the rows in the shown order with the texts the columns show, dates typed ({@link ShownTable#cell}).
	 */
	public ShownTable shown() {
		Table table = viewer.getTable();
		List<Integer> visible = new ArrayList<>();
		for (int index : table.getColumnOrder()) {
			if (table.getColumn(index).getWidth() > 0) {
				visible.add(index);
			}
		}
		List<String> headers = visible.stream().map(i -> table.getColumn(i).getText()).toList();
		List<List<Object>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			T record = type.cast(item.getData());
			List<Object> cells = new ArrayList<>(visible.size());
			for (int index : visible) {
				cells.add(ShownTable.cell(columns.get(index).text().apply(record)));
			}
			rows.add(cells);
		}
		return new ShownTable(headers, rows);
	}

	/** 导出所显示的行…: the rows and columns shown, to the XLSX or CSV file the user chooses. */
	public void exportShown() {
		Shell shell = viewer.getTable().getShell();
		Background runner = background != null ? background : new Background(new DisplaySync(shell.getDisplay()));
		FileExport.exportShown(shell, runner, exportName, shown(), done -> report(done, false),
				reason -> report(reason, true));
	}

	/** The outcome in the view's status line (given, or the nearest one); a message box only for a view without. */
	private void report(String text, boolean problem) {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		Label line = status != null ? status : Forms.statusLineNear(viewer.getTable());
		if (line != null) {
			Forms.report(line, text, problem);
		} else {
			Shell shell = viewer.getTable().getShell();
			if (problem) {
				MessageDialog.openError(shell, Messages.Export_shownTitle, text);
			} else {
				MessageDialog.openInformation(shell, Messages.Export_shownTitle, text);
			}
		}
	}

	public void onSelect(Consumer<T> listener) {
		viewer.addSelectionChangedListener(e -> listener.accept(selected()));
	}

	/** The first selected record, or null. */
	public T selected() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first == null ? null : type.cast(first);
	}

	public List<T> selection() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.toList().stream().map(type::cast).toList();
	}
}
