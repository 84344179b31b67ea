package ducha.reports.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import ducha.app.ui.Forms;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import ducha.core.period.Period;

/** Chooses the report's period: a year, a half-year, a quarter, or any span from a day to a day. */
final class PeriodChooser {

	private static final int YEAR = 0;
	private static final int HALF_YEAR = 1;
	private static final int QUARTER = 2;
	private static final int CUSTOM = 3;

	private final Combo kind;
	private final Spinner year;
	private final Combo part;
	private final DateField from;
	private final DateField to;

	PeriodChooser(Composite parent, LocalDate today) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(row);
		new Label(row, SWT.NONE).setText(Messages.Report_period);
		kind = new Combo(row, SWT.READ_ONLY);
		kind.setItems(Messages.Report_kindYear, Messages.Report_kindHalfYear, Messages.Report_kindQuarter,
				Messages.Report_kindCustom);
		kind.select(YEAR);
		year = new Spinner(row, SWT.BORDER);
		year.setValues(today.getYear(), 2000, 2999, 0, 1, 10);
		part = new Combo(row, SWT.READ_ONLY);
		from = Forms.date(row, "report.from");
		from.setDate(today.getYear(), 0, 1);
		new Label(row, SWT.NONE).setText(Messages.Report_to);
		to = Forms.date(row, "report.to").label(Messages.Report_to);
		to.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
		kind.addListener(SWT.Selection, e -> update());
		update();
	}

	private void update() {
		int chosen = kind.getSelectionIndex();
		if (chosen == HALF_YEAR) {
			part.setItems(Messages.Report_firstHalf, Messages.Report_secondHalf);
			part.select(0);
		} else if (chosen == QUARTER) {
			part.setItems(Messages.Report_quarter1, Messages.Report_quarter2, Messages.Report_quarter3,
					Messages.Report_quarter4);
			part.select(0);
		} else {
			part.removeAll();
		}
		part.setEnabled(chosen == HALF_YEAR || chosen == QUARTER);
		year.setEnabled(chosen != CUSTOM);
		from.setEnabled(chosen == CUSTOM);
		to.setEnabled(chosen == CUSTOM);
	}

	/** @throws IllegalArgumentException when a custom span ends before it starts */
	Period period() {
		int y = year.getSelection();
		return switch (kind.getSelectionIndex()) {
		case HALF_YEAR -> Period.halfYear(y, part.getSelectionIndex() + 1);
		case QUARTER -> Period.quarter(y, part.getSelectionIndex() + 1);
		case CUSTOM -> Period.of(LocalDate.of(from.getYear(), from.getMonth() + 1, from.getDay()),
				LocalDate.of(to.getYear(), to.getMonth() + 1, to.getDay()));
		default -> Period.year(y);
		};
	}
}
