package ducha.integrity.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Labelled fields of the integrity forms, in a two-column grid. */
final class Forms {

	private Forms() {
	}

	static Label label(Composite form, String text) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).indent(0, 4).applyTo(label);
		return label;
	}

	static Text line(Composite form, String label) {
		label(form, label);
		Text text = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	static Text area(Composite form, String label, int lines) {
		label(form, label);
		Text text = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, text.getLineHeight() * lines).applyTo(text);
		return text;
	}

	static DateTime date(Composite form, String label, LocalDate initial) {
		label(form, label);
		DateTime date = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		// GTK sizes the field for Latin digits; the Chinese 年月日 need more room
		GridDataFactory.swtDefaults().hint(170, SWT.DEFAULT).applyTo(date);
		set(date, initial);
		return date;
	}

	static void set(DateTime date, LocalDate day) {
		date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	static LocalDate get(DateTime date) {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	/** The stripped text, or null when blank. */
	static String value(Text text) {
		String value = text.getText().strip();
		return value.isEmpty() ? null : value;
	}
}
