package ducha.integrity.ui.internal;

import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.StaffListChooser;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.period.Period;

/**
 * 出具廉情报告: the people to report on, chosen by name, 拼音 or 工号 from those whose archive the user may read (the
 * shown person already on the list). Stores nothing: OK hands the chosen 工号 back ({@link #saved()}).
 */
final class ReportPeopleDialog extends FormDialog<List<String>> {

	private final List<Staff> staff;
	private final DepartmentNames departments;
	private final Staff shown;
	private StaffListChooser people;

	/** @param shown the person the archive shows, put on the list; null for none */
	ReportPeopleDialog(Shell parent, Background background, Period period, List<Staff> staff,
			DepartmentNames departments, Staff shown) {
		super(parent, background, Messages.Report_title, Messages.Report_title,
				NLS.bind(Messages.Report_staffPrompt, period.from(), period.to()));
		this.staff = List.copyOf(staff);
		this.departments = departments;
		this.shown = shown;
	}

	@Override
	protected void fields(Composite form) {
		people = new StaffListChooser(form, "report.staff", Messages.Report_staff, staff, departments);
		if (shown != null) {
			people.choose(List.of(shown.staffNo()));
		}
	}

	@Override
	protected List<String> problems() {
		return people.chosen().isEmpty() ? List.of(Messages.Report_staffMissing) : List.of();
	}

	@Override
	protected Callable<List<String>> save() {
		List<String> chosen = people.chosen();
		return () -> chosen;
	}
}
