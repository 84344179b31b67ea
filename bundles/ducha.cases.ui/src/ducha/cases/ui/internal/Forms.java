package ducha.cases.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import ducha.cases.ui.CasesViews;

/** Small factories for the forms of the case views; controls get a {@link CasesViews#WIDGET_KEY} name for tests. */
final class Forms {

	private Forms() {
	}

	static <W extends Widget> W named(W widget, String name) {
		widget.setData(CasesViews.WIDGET_KEY, name);
		return widget;
	}

	/** Splits a tab into a list on the left (returned first, one column) and a form on the right (two columns). */
	static Composite[] listAndForm(Composite tab) {
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(tab);
		Composite list = new Composite(tab, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(list);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
		Composite form = new Composite(tab, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(false, true).hint(440, SWT.DEFAULT).applyTo(form);
		return new Composite[] { list, form };
	}

	/** Shows an outcome in a status line; refusals in dark red so that they are not taken for success. */
	static void report(Label status, String text, boolean problem) {
		if (status.isDisposed()) {
			return;
		}
		status.setText(text);
		status.setForeground(problem ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		status.getParent().layout(true);
	}

	static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(label);
		return label;
	}

	/** A wrapping label spanning the form's columns, for outcomes and refusals. */
	static Label status(Composite parent, String name, int span) {
		Label label = named(new Label(parent, SWT.WRAP), name);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(200, SWT.DEFAULT).applyTo(label);
		return label;
	}

	static Text text(Composite parent, String name) {
		Text text = named(new Text(parent, SWT.BORDER), name);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
		return text;
	}

	static Text area(Composite parent, String name, int lines) {
		Text text = named(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), name);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, text.getLineHeight() * lines).applyTo(text);
		return text;
	}

	static Combo combo(Composite parent, String name, String... items) {
		Combo combo = named(new Combo(parent, SWT.READ_ONLY), name);
		combo.setItems(items);
		combo.select(0);
		GridDataFactory.fillDefaults().applyTo(combo);
		return combo;
	}

	static DateTime date(Composite parent, String name) {
		DateTime date = named(new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), name);
		// GTK measures the drop-down too narrow for 2024年11月27日 beside its button
		GridDataFactory.swtDefaults().hint(190, SWT.DEFAULT).applyTo(date);
		return date;
	}

	static Button button(Composite parent, String name, String text) {
		Button button = named(new Button(parent, SWT.PUSH), name);
		button.setText(text);
		return button;
	}

	static LocalDate day(DateTime widget) {
		return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
	}

	static void setDay(DateTime widget, LocalDate day) {
		widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	/** The trimmed text, null when blank: the services read null as "not given". */
	static String optional(Text text) {
		String value = text.getText().strip();
		return value.isEmpty() ? null : value;
	}
}
