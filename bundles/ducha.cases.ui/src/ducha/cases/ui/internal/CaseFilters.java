package ducha.cases.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.StaffChooser;

import ducha.app.ui.Background;
import ducha.app.ui.FileExport;
import ducha.app.ui.Forms;
import ducha.app.ui.Rights;
import ducha.cases.CaseQuery;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.CorePermissions;

/**
 * The filter row of the watch lists: 部门, 承办人 (chosen by name, 拼音 or 工号), 立案满 N 天, 筛选 and 导出XLSX. The query only changes on
 * 筛选, so that a page and its export always show the same cases.
 */
final class CaseFilters {

	private final Combo department;
	private final StaffChooser judge;
	private final Text minAge;
	private final Label outcome;
	private final Background background;
	private final List<String> departmentCodes = new ArrayList<>();
	private volatile CaseQuery query = CaseQuery.ALL;

	/**
	 * @param apply  called on the UI thread after 筛选 changed the query
	 * @param export called on 导出XLSX with the query in force
	 */
	CaseFilters(Composite parent, String prefix, DirectoryService directory, Rights rights, Background background,
			Runnable apply, Runnable export) {
		this.background = background;
		Composite row = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(11).applyTo(row);
		new Label(row, SWT.NONE).setText(Messages.Filter_department);
		department = Forms.combo(row, prefix + ".department", Messages.Order_all);
		GridDataFactory.swtDefaults().hint(150, SWT.DEFAULT).applyTo(department);
		judge = StaffChooser.filter(row, prefix + ".judge", Messages.Filter_judge, List.of(),
				DepartmentNames.of(List.of()));
		new Label(row, SWT.NONE).setText(Messages.Filter_minAge);
		minAge = Forms.named(new Text(row, SWT.BORDER), prefix + ".minAge");
		GridDataFactory.swtDefaults().hint(60, SWT.DEFAULT).applyTo(minAge);
		Forms.button(row, prefix + ".apply", Messages.Filter_apply).addListener(SWT.Selection, e -> {
			if (read()) {
				apply.run();
			}
		});
		Forms.button(row, prefix + ".export", Messages.Filter_export).addListener(SWT.Selection, e -> export.run());
		outcome = Forms.status(row, prefix + ".outcome", 1);
		background.run(Messages.Filter_loadJob, directory::departments, this::showDepartments,
				reason -> report(reason, true));
		// the judges (the chooser offers those still with the court); an account that may not read the staff
		// directory (干警名册) keeps only （全部）: the lists it may read still filter by department and age
		if (rights.may(CorePermissions.STAFF_READ)) {
			background.run(Messages.Filter_loadJob, () -> new Staffing(directory.staff(StaffQuery.ALL, rights.principal()),
					directory.departmentNames()), staffing -> {
						if (!department.isDisposed()) {
							judge.offer(staffing.staff(), staffing.names());
						}
					}, reason -> report(reason, true));
		}
	}

	/** The staff the 承办人 filter offers, with their departments' names. */
	private record Staffing(List<Staff> staff, DepartmentNames names) {
	}

	private void showDepartments(List<Department> departments) {
		if (department.isDisposed()) {
			return;
		}
		departmentCodes.clear();
		department.removeAll();
		department.add(Messages.Order_all);
		departmentCodes.add(null);
		for (Department d : departments) {
			if (d.active()) {
				department.add(d.name());
				departmentCodes.add(d.code());
			}
		}
		department.select(0);
	}

	/** Reads the fields into the query; false, with the reason shown, when the age is not a whole number. */
	private boolean read() {
		Integer age = null;
		String ageText = minAge.getText().strip();
		if (!ageText.isEmpty()) {
			try {
				age = Integer.valueOf(ageText);
			} catch (NumberFormatException e) {
				age = -1;
			}
			if (age < 0) {
				report(NLS.bind(Messages.Filter_badAge, ageText), true);
				return false;
			}
		}
		int index = department.getSelectionIndex();
		String code = index <= 0 || index >= departmentCodes.size() ? null : departmentCodes.get(index);
		Staff chosen = judge.chosen();
		query = new CaseQuery(code, chosen == null ? null : chosen.staffNo(), null, age);
		report("", false);
		return true;
	}

	/**
	 * 导出XLSX of the list under the query in force: the user picks the file, a job writes it and the outcome shows in
	 * the filter row.
	 */
	void exportXlsx(String listName, FileExport.StreamWriter writer) {
		Path file = FileExport.choose(outcome.getShell(), Messages.Filter_export, listName, FileExport.Format.XLSX);
		if (file == null) {
			return;
		}
		report(NLS.bind(Messages.Bulletin_exporting, file.getFileName()), false);
		FileExport.write(background, file, FileExport.toStream(writer),
				rows -> report(NLS.bind(Messages.Filter_exported, rows, file), false),
				reason -> report(NLS.bind(Messages.Cases_refused, reason), true));
	}

	/** The query in force (read from jobs). */
	CaseQuery query() {
		return query;
	}

	void report(String text, boolean problem) {
		Forms.report(outcome, text, problem);
	}
}
