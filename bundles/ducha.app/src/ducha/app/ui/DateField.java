package ducha.app.ui;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.ledger.LedgerRowValidator;

/**
 * The kit's date field: a text the user types a day into, in any format the ledgers read (2024-03-05, 2024/3/5,
 * 2024年3月5日, 20240305), with a button that drops a calendar down. GTK's own drop-down date clipped 日 and could not
 * be typed into; this field is measured for the longest day it shows. An unreadable text is shown under the field in
 * dark red, {@link #problem()} names it (a {@link FormDialog} refuses OK while there is one), and the value stays
 * the last day that was read. Every change of the day fires {@link SWT#Selection}, like {@link DateTime} did.
 */
public final class DateField extends Composite {

	/** How a day is shown: the form of the ledgers' cells. */
	private static final String WIDEST_SHOWN = "2024年11月27日";

	private final Text text;
	private final Button drop;
	private final Label error;
	private LocalDate day = LocalDate.now();
	/** The field's label, named in {@link #problem()}; null: unlabelled. */
	private String label;
	/** Set while the field writes its own text, which is then read already. */
	private boolean writing;

	public DateField(Composite parent) {
		super(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).applyTo(this);
		text = new Text(this, SWT.BORDER);
		GC gc = new GC(text);
		int width;
		try {
			width = gc.textExtent(WIDEST_SHOWN + "  ").x;
		} finally {
			gc.dispose();
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(width + 16, SWT.DEFAULT).applyTo(text);
		drop = new Button(this, SWT.ARROW | SWT.DOWN);
		drop.setToolTipText(Messages.Date_calendar);
		GridDataFactory.fillDefaults().applyTo(drop);
		error = new Label(this, SWT.WRAP);
		error.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).hint(width, SWT.DEFAULT).exclude(true).applyTo(error);
		error.setVisible(false);
		show(day);
		text.addListener(SWT.Modify, e -> typed());
		drop.addListener(SWT.Selection, e -> openCalendar());
	}

	/** The text typed into the field: for tests and for naming it in a refusal. */
	public Text text() {
		return text;
	}

	/** Names the field in its problem (办结期限：…). */
	public DateField label(String fieldLabel) {
		this.label = fieldLabel;
		return this;
	}

	/** The day shown; when the text is unreadable, the last day that was read. */
	public LocalDate day() {
		return day;
	}

	/** Shows the day and fires {@link SWT#Selection}. */
	public void setDay(LocalDate newDay) {
		show(newDay);
		changed(newDay);
	}

	/** Why the text is no day (naming the field and the formats read), or null when it is one. */
	public String problem() {
		if (LedgerRowValidator.parseDate(text.getText()) != null) {
			return null;
		}
		String reason = NLS.bind(Messages.Date_unreadable, text.getText().strip());
		return label == null ? reason : label + "：" + reason;
	}

	// the accessors of DateTime, so that code written for it reads this field the same way

	public int getYear() {
		return day.getYear();
	}

	/** The month, 0 for January, like {@link DateTime#getMonth()}. */
	public int getMonth() {
		return day.getMonthValue() - 1;
	}

	public int getDay() {
		return day.getDayOfMonth();
	}

	/** Sets the day; the month counts from 0, like {@link DateTime#setDate}. */
	public void setDate(int year, int month, int dayOfMonth) {
		setDay(LocalDate.of(year, month + 1, dayOfMonth));
	}

	@Override
	public void setEnabled(boolean enabled) {
		super.setEnabled(enabled);
		text.setEnabled(enabled);
		drop.setEnabled(enabled);
	}

	@Override
	public boolean setFocus() {
		return text.setFocus();
	}

	private void show(LocalDate shown) {
		writing = true;
		try {
			text.setText(shown.getYear() + "年" + shown.getMonthValue() + "月" + shown.getDayOfMonth() + "日");
		} finally {
			writing = false;
		}
		showError(null);
	}

	private void typed() {
		if (writing) {
			return;
		}
		LocalDate read = LedgerRowValidator.parseDate(text.getText());
		showError(read == null ? NLS.bind(Messages.Date_unreadable, text.getText().strip()) : null);
		if (read != null) {
			changed(read);
		}
	}

	private void changed(LocalDate newDay) {
		boolean differs = !newDay.equals(day);
		day = newDay;
		if (differs) {
			notifyListeners(SWT.Selection, new Event());
		}
	}

	private void showError(String problem) {
		boolean shown = problem != null;
		GridData data = (GridData) error.getLayoutData();
		if (shown) {
			error.setText(problem);
		}
		if (data.exclude == shown || error.getVisible() != shown) {
			data.exclude = !shown;
			error.setVisible(shown);
			// the message takes a line under the field: the form around it makes room
			getShell().layout(new Control[] { this });
		}
	}

	/** Drops a month calendar down under the field; choosing a day sets it, leaving the calendar closes it. */
	private void openCalendar() {
		Shell popup = new Shell(getShell(), SWT.NO_TRIM | SWT.ON_TOP);
		popup.setLayout(new FillLayout());
		DateTime calendar = Forms.named(new DateTime(popup, SWT.CALENDAR), "date.calendar");
		calendar.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		calendar.addListener(SWT.Selection,
				e -> setDay(LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay())));
		calendar.addListener(SWT.DefaultSelection, e -> popup.close());
		calendar.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE || e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
				popup.close();
			}
		});
		popup.addListener(SWT.Deactivate, e -> popup.getDisplay().asyncExec(() -> {
			if (!popup.isDisposed()) {
				popup.close();
			}
		}));
		popup.pack();
		Rectangle bounds = text.getBounds();
		Point below = toDisplay(bounds.x, bounds.y + bounds.height);
		popup.setLocation(below);
		popup.open();
		calendar.setFocus();
	}
}
