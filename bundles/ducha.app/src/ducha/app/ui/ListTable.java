package ducha.app.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

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
import org.eclipse.swt.widgets.Table;

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

	@SafeVarargs
	public ListTable(Composite parent, String name, boolean multi, Class<T> type, Column<T>... columns) {
		this.type = type;
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

	/** The right-click menu: the view's buttons for the selected rows ({@link RowMenu}). */
	public void actions(Button... buttons) {
		RowMenu.mirror(viewer.getTable(), buttons);
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
