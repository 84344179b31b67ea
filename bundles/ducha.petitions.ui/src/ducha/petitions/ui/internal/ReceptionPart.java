package ducha.petitions.ui.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.Refreshable;
import ducha.app.ui.StaffChooser;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.Principal;
import ducha.petitions.Reception;
import ducha.petitions.ReceptionDay;
import ducha.petitions.ReceptionService;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 信访接待日: the Wednesdays of a month with the log of who received whom, and the form to log a reception (the
 * receiver chosen by name from the active staff, read once off the UI thread).
 */
public class ReceptionPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private DirectoryService directory;

	private final Background background;
	private final ServiceCalls<ReceptionService> calls;
	private YearMonth month = YearMonth.now();
	private Label title;
	private Label status;
	private Table table;
	private DateField day;
	private StaffChooser receiver;
	private Text petition;
	private Text note;

	@Inject
	public ReceptionPart(Background background) {
		this.background = background;
		calls = new ServiceCalls<>(background);
	}

	/** The service, injected again when it comes or goes: the month is read once it is there. */
	@Inject
	void serviceChanged(@Optional ReceptionService service) {
		calls.set(service);
		if (service != null && table != null && !table.isDisposed()) {
			showMonth(month);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 4);
		Forms.button(bar, "reception.previous", Messages.Reception_previous)
				.addListener(SWT.Selection, e -> showMonth(month.minusMonths(1)));
		title = Forms.named(new Label(bar, SWT.NONE), "reception.month");
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(title);
		Forms.button(bar, "reception.next", Messages.Reception_next)
				.addListener(SWT.Selection, e -> showMonth(month.plusMonths(1)));
		// the kit's status line: the view's refusals and outcomes are shown there, as in the other parts
		status = Forms.status(bar, "reception.status", 1);

		table = Forms.named(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "reception.list");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] headers = { Messages.Reception_day, Messages.Reception_weekday, Messages.Reception_receiver,
				Messages.Reception_petition, Messages.Reception_note };
		int[] widths = { 110, 110, 170, 120, 380 };
		Forms.columns(table, headers, widths);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);

		Composite form = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		GridLayoutFactory.fillDefaults().numColumns(11).applyTo(form);
		Forms.label(form, Messages.Reception_day);
		day = Forms.date(form, "reception.date").label(Messages.Reception_day);
		receiver = new StaffChooser(form, "reception.receiver", Messages.Reception_receiver, List.of(),
				DepartmentNames.of(List.of()));
		petition = Forms.text(form, Messages.Reception_petition, "reception.petition");
		note = Forms.text(form, Messages.Reception_note, "reception.note");
		Forms.button(form, "reception.record", Messages.Reception_record)
				.addListener(SWT.Selection, e -> record());
		showMonth(month);
		background.run(Messages.Reception_loadJob, () -> new Staffing(
				directory.staff(new StaffQuery(null, EmploymentStatus.ACTIVE, null), principal),
				directory.departmentNames()), staffing -> {
					if (!table.isDisposed()) {
						receiver.offer(staffing.staff(), staffing.departments());
					}
				}, this::say);
	}

	/** Whom the form offers as receiver. */
	private record Staffing(List<Staff> staff, DepartmentNames departments) {
	}

	private void showMonth(YearMonth shown) {
		month = shown;
		title.setText(NLS.bind(Messages.Reception_monthTitle, shown.getYear(), shown.getMonthValue()));
		say(Messages.Reception_loading);
		calls.run(Messages.Reception_loadJob, s -> s.calendar(shown, principal),
				days -> fill(shown, days), this::say);
	}

	private void fill(YearMonth shown, List<ReceptionDay> days) {
		if (table.isDisposed() || !shown.equals(month)) {
			return;
		}
		table.removeAll();
		int receptions = 0;
		for (ReceptionDay d : days) {
			String weekday = weekday(d.day()) + (d.receptionDay() ? "" : Messages.Reception_notReceptionDay);
			if (d.receptions().isEmpty()) {
				new TableItem(table, SWT.NONE).setText(new String[] { d.day().toString(), weekday,
						Messages.Reception_none, "", "" });
			}
			for (Reception r : d.receptions()) {
				receptions++;
				new TableItem(table, SWT.NONE).setText(new String[] { d.day().toString(), weekday,
						r.receiverName() + "（" + r.receiverStaffNo() + "）",
						r.petitionNumber() == null ? "" : r.petitionNumber(), r.note() == null ? "" : r.note() });
			}
		}
		long wednesdays = days.stream().filter(ReceptionDay::receptionDay).count();
		say(NLS.bind(Messages.Reception_summary, wednesdays, receptions));
	}

	private void record() {
		Staff chosen = receiver.chosen();
		if (chosen == null) {
			MessageDialog.openError(table.getShell(), Messages.Reception_title, Messages.Reception_receiverMissing);
			return;
		}
		if (!Forms.readable(day)) {
			return;
		}
		LocalDate on = Forms.day(day);
		String number = petition.getText().strip();
		String text = note.getText().strip();
		String staffNo = chosen.staffNo();
		calls.run(Messages.Reception_saveJob,
				s -> s.record(on, staffNo, number, text, principal), recorded -> {
					note.setText("");
					petition.setText("");
					showMonth(YearMonth.from(recorded.day()));
				}, Background.errorDialog(table, Messages.Reception_title));
	}

	private static String weekday(LocalDate day) {
		return Messages.Reception_weekdays.split(",")[day.getDayOfWeek().getValue() - 1];
	}

	private void say(String message) {
		if (!status.isDisposed()) {
			status.setText(message);
			status.getParent().layout(true);
		}
	}

	@Focus
	void focus() {
		table.setFocus();
	}

	/** F5: the month shown, again. */
	@Override
	public void refresh() {
		showMonth(month);
	}
}
