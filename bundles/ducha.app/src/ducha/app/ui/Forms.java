package ducha.app.ui;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import ducha.app.AppModel;
import ducha.core.ValidationException;

/**
 * Controls of the plugins' forms, laid out in a two-column grid (label, field). Every control gets a name under
 * {@link AppModel#WIDGET_KEY}, which the UI tests find it by (null: unnamed).
 */
public final class Forms {

	/** Marks the labels made by {@link #status}: a kit widget reports its outcomes in the view's status line. */
	private static final String STATUS_LINE = "ducha.statusLine";

	/** Marks the labels made by {@link #summary}: the status line of a view without a {@link #status} label. */
	private static final String SUMMARY_LINE = "ducha.summaryLine";

	/** The widest {@link #fitColumns} makes a column. */
	private static final int WIDEST_COLUMN = 300;

	/** Where {@link #fitColumns} keeps a column's texts' width (on the column) and that it spreads (on the table). */
	private static final String NEEDED_WIDTH = "ducha.neededWidth";

	/** The rows {@link #fitColumns} measures: the first screens, not a long list whole. */
	private static final int FIT_ROWS = 500;

	/** What GTK draws around a cell's or a header's text. */
	private static final int CELL_PADDING = 16;

	private Forms() {
	}

	/**
	 * The status line of the view around the control: the nearest {@link #status} label found from the control's
	 * parent outwards; in a view without one, the nearest {@link #summary} line, where such a view reports its
	 * outcomes; null when the view has neither.
	 */
	public static Label statusLineNear(Control control) {
		for (String kind : new String[] { STATUS_LINE, SUMMARY_LINE }) {
			for (Composite around = control.getParent(); around != null && !(around instanceof Shell);
					around = around.getParent()) {
				Label found = lineIn(around, kind);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * As {@link #statusLineNear(Control)}, looking no further out than {@code view} (a part's composite): the
	 * status line of another view in the same window is not this view's.
	 */
	public static Label statusLineNear(Control control, Composite view) {
		Composite around = control instanceof Composite composite ? composite : control.getParent();
		for (; around != null && !(around instanceof Shell); around = around.getParent()) {
			Label found = statusLineIn(around);
			if (found != null || around == view) {
				return found;
			}
		}
		return null;
	}

	/** The status line of a view (its first {@link #status} label, else its first {@link #summary}), or null. */
	public static Label statusLineIn(Composite view) {
		Label found = lineIn(view, STATUS_LINE);
		return found != null ? found : lineIn(view, SUMMARY_LINE);
	}

	private static Label lineIn(Composite composite, String kind) {
		for (Control child : composite.getChildren()) {
			if (!child.getVisible()) {
				continue; // a tab not shown: its line is not the one the user reads
			}
			if (child instanceof Label label && Boolean.TRUE.equals(label.getData(kind))) {
				return label;
			}
			if (child instanceof Composite nested) {
				Label found = lineIn(nested, kind);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * Whether every field holds a day, checked before anything is stored or searched with them. When one does not,
	 * its problem (already shown under it) also goes to the view's status line in the one style of refusals, the
	 * field takes the focus, and the caller does nothing: a day the user does not see is never saved, and nothing
	 * is half-saved. A {@link FormDialog} does this itself.
	 */
	public static boolean readable(DateField... fields) {
		for (DateField field : fields) {
			String problem = field.problem();
			if (problem != null) {
				Label line = statusLineNear(field);
				if (line != null) {
					refused(line, problem);
				}
				field.setFocus();
				return false;
			}
		}
		return true;
	}

	public static <W extends Widget> W named(W widget, String name) {
		widget.setData(AppModel.WIDGET_KEY, name);
		return widget;
	}

	/** A composite with the given number of grid columns, filling its parent's cell. */
	public static Composite grid(Composite parent, int columns) {
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		return form;
	}

	/**
	 * Lays the view out in one column and adds a row across its top for the view's summary, tools and filters,
	 * in the given number of columns.
	 */
	public static Composite bar(Composite view, int columns) {
		GridLayoutFactory.swtDefaults().applyTo(view);
		Composite bar = new Composite(view, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(bar);
		return bar;
	}

	/** The label of a row that says what the view shows (counts, loading, failures); it takes the free width. */
	public static Label summary(Composite bar, String name) {
		Label summary = named(new Label(bar, SWT.NONE), name);
		summary.setData(SUMMARY_LINE, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		return summary;
	}

	/** A titled frame around a section of a form, filling the width, with the given number of grid columns. */
	public static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		return group;
	}

	/** Adds a table's columns: the headers with their widths in pixels (a header without a width gets 120). */
	public static void columns(Table table, String[] headers, int[] widths) {
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(headers[i]);
			column.setWidth(i < widths.length ? widths[i] : 120);
		}
		fitColumns(table);
	}

	/**
	 * Widens each column of the table to its header and the texts of its first rows (call it after filling the
	 * table), up to {@link #WIDEST_COLUMN}: a short text (a name, a department's full name, a 案由, a state) shows
	 * whole even in a 1280-pixel window; a longer one is a note, cut by the column and readable in the record's
	 * tooltip or detail. A column never gets narrower (not below its declared width, nor below a width the user
	 * gave it), and a column of width 0 stays hidden; the table scrolls sideways when its columns are wider than the
	 * window. Where the window leaves room beside the columns, a column cut at that width gets it, up to its texts'
	 * width, now and whenever the table grows ({@link #spreadColumns}).
	 */
	public static void fitColumns(Table table) {
		GC gc = new GC(table);
		try {
			gc.setFont(table.getFont());
			int rows = Math.min(table.getItemCount(), FIT_ROWS);
			for (int i = 0; i < table.getColumnCount(); i++) {
				TableColumn column = table.getColumn(i);
				if (column.getWidth() == 0) {
					continue; // hidden (shrunk to nothing by the user, or declared so): fitting must not show it again
				}
				int needed = gc.textExtent(column.getText()).x;
				for (int row = 0; row < rows; row++) {
					needed = Math.max(needed, gc.textExtent(table.getItem(row).getText(i)).x);
				}
				column.setData(NEEDED_WIDTH, needed + CELL_PADDING);
				int fitted = Math.min(needed + CELL_PADDING, WIDEST_COLUMN);
				if (fitted > column.getWidth()) {
					column.setWidth(fitted);
				}
			}
		} finally {
			gc.dispose();
		}
		if (table.getData(NEEDED_WIDTH) == null) {
			table.setData(NEEDED_WIDTH, Boolean.TRUE);
			table.addListener(SWT.Resize, e -> spreadColumns(table));
		}
		spreadColumns(table);
	}

	/**
	 * Gives the room the table has beside its columns to the columns {@link #fitColumns} had to cut (a 标记规则, a 摘要),
	 * in order, each up to the width of its texts: at 1920 pixels a long text shows whole instead of ending in "…"
	 * beside empty space. Columns never get narrower here, so a narrower window scrolls sideways as before.
	 */
	static void spreadColumns(Table table) {
		if (table.isDisposed()) {
			return;
		}
		int room = table.getClientArea().width;
		for (TableColumn column : table.getColumns()) {
			room -= column.getWidth();
		}
		for (TableColumn column : table.getColumns()) {
			if (room <= 0) {
				return;
			}
			int width = column.getWidth();
			if (column.getData(NEEDED_WIDTH) instanceof Integer needed && width > 0 && needed > width) {
				int grown = Math.min(needed, width + room);
				column.setWidth(grown);
				room -= grown - width;
			}
		}
	}

	/** Splits a tab into a list on the left (returned first, one column) and a form on the right (two columns). */
	public static Composite[] listAndForm(Composite tab) {
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(tab);
		Composite list = new Composite(tab, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(list);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
		Composite form = new Composite(tab, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(false, true).hint(440, SWT.DEFAULT).applyTo(form);
		return new Composite[] { list, form };
	}

	/**
	 * Shows a refusal of the service in the status line in the one style of every view: 未办成：followed by the
	 * service's own words (which name what is missing in plain language, never a permission id), in dark red.
	 */
	public static void refused(Label status, String reason) {
		report(status, NLS.bind(Messages.Forms_refused, reason), true);
	}

	/**
	 * Asks before a step that cannot be undone (结案, 批准延期): the question says what will happen, the buttons are
	 * the step's own name and 取消, and 取消 is the default, so that Enter does not take the step. This is the one
	 * kind of dialog the views open for an outcome: a decision; results and refusals go to the status line.
	 *
	 * @return whether the user chose to take the step
	 */
	public static boolean confirm(Shell shell, String question, String action) {
		MessageDialog dialog = new MessageDialog(shell, Messages.Confirm_title, null, question, MessageDialog.QUESTION,
				1, action, IDialogConstants.CANCEL_LABEL);
		return dialog.open() == 0;
	}

	/** Shows an outcome in a status line; refusals in dark red so that they are not taken for success. */
	public static void report(Label status, String text, boolean problem) {
		if (status.isDisposed()) {
			return;
		}
		status.setText(text);
		status.setForeground(problem ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		status.getParent().layout(true);
	}

	/** The label of a one-line field: right-aligned beside it. */
	public static Label label(Composite parent, String text) {
		return label(parent, text, SWT.CENTER);
	}

	private static Label label(Composite parent, String text, int verticalAlignment) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.END, verticalAlignment).applyTo(label);
		return label;
	}

	/** A wrapping label spanning the form's columns, for outcomes and refusals. */
	public static Label status(Composite parent, String name, int span) {
		Label label = named(new Label(parent, SWT.WRAP), name);
		label.setData(STATUS_LINE, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(200, SWT.DEFAULT).applyTo(label);
		return label;
	}

	public static Text text(Composite parent, String name) {
		Text text = named(new Text(parent, SWT.BORDER), name);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** A labelled one-line text. */
	public static Text text(Composite form, String label, String name) {
		label(form, label);
		return text(form, name);
	}

	public static Text area(Composite parent, String name, int lines) {
		Text text = named(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), name);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, text.getLineHeight() * lines).applyTo(text);
		return text;
	}

	/** A labelled text of several lines; the label stands at its first line. */
	public static Text area(Composite form, String label, String name, int lines) {
		GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).indent(0, 4)
				.applyTo(label(form, label, SWT.BEGINNING));
		return area(form, name, lines);
	}

	public static Combo combo(Composite parent, String name, String... items) {
		Combo combo = named(new Combo(parent, SWT.READ_ONLY), name);
		combo.setItems(items);
		if (items.length > 0) {
			combo.select(0);
		}
		GridDataFactory.fillDefaults().applyTo(combo);
		return combo;
	}

	/** A read-only choice of this year and the two before it, this year selected (a view's year filter). */
	public static Combo yearCombo(Composite parent, String name) {
		int thisYear = LocalDate.now().getYear();
		return combo(parent, name, String.valueOf(thisYear), String.valueOf(thisYear - 1),
				String.valueOf(thisYear - 2));
	}

	/** A labelled read-only choice, the first item selected. */
	public static Combo choice(Composite form, String label, String name, String... items) {
		label(form, label);
		return combo(form, name, items);
	}

	/** A date field the user can type a day into or pick from a drop-down calendar ({@link DateField}). */
	public static DateField date(Composite parent, String name) {
		DateField date = named(new DateField(parent), name);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(date);
		return date;
	}

	/** A labelled date showing the given day; an unreadable text names the label. */
	public static DateField date(Composite form, String label, String name, LocalDate initial) {
		label(form, label);
		DateField date = date(form, name).label(label);
		date.setDay(initial);
		return date;
	}

	public static Button button(Composite parent, String name, String text) {
		Button button = named(new Button(parent, SWT.PUSH), name);
		button.setText(text);
		return button;
	}

	/** A button in the field column of a form, under the fields it acts on. */
	public static Button action(Composite form, String name, String text) {
		new Label(form, SWT.NONE);
		return button(form, name, text);
	}

	public static LocalDate day(DateTime widget) {
		return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
	}

	/**
	 * The day the field shows.
	 *
	 * @throws ValidationException naming the field when its text is no day: the day last read is not what the user
	 *                             sees, so nothing is stored with it
	 */
	public static LocalDate day(DateField field) {
		String problem = field.problem();
		if (problem != null) {
			throw new ValidationException(problem);
		}
		return field.day();
	}

	public static void setDay(DateTime widget, LocalDate day) {
		widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	public static void setDay(DateField field, LocalDate day) {
		field.setDay(day);
	}

	/** The trimmed text, null when blank: the services read null as "not given". */
	public static String optional(Text text) {
		String value = text.getText().strip();
		return value.isEmpty() ? null : value;
	}
}
