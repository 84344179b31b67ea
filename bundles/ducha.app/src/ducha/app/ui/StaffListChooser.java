package ducha.app.ui;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;

/**
 * Plugin kit: several staff members chosen by name (the inspectors of an inspection, the attendees of a meeting). A
 * {@link StaffChooser} finds one (by name, 拼音 or 工号; serving staff only), 添加 puts them on the list below, shown
 * as 姓名（工号）, 移除 takes the selected one off. The caller reads the staff list off the UI thread and hands it
 * over, as for the {@link StaffChooser}.
 */
public final class StaffListChooser {

	private final PersonListChooser<Staff> chooser;

	/**
	 * @param prefix the widgets' names: {@code prefix.search}, {@code prefix.staff}, {@code prefix.add},
	 *               {@code prefix.remove} and the list {@code prefix.chosen}
	 * @param label  the list's label, e.g. 督察人员
	 */
	public StaffListChooser(Composite form, String prefix, String label, List<Staff> staff, DepartmentNames names) {
		chooser = new PersonListChooser<>(form, prefix, prefix + ".staff", label, StaffChooser.STAFF);
		offer(staff, names);
	}

	/**
	 * Offers these staff instead, keeping the people chosen: for a form that is part of a view, built before its
	 * load job has read the staff list (see {@link StaffChooser#offer}).
	 */
	public void offer(List<Staff> staff, DepartmentNames departments) {
		chooser.offer(staff, s -> StaffChooser.label(s, departments), Staff::label);
	}

	/** Runs the listener whenever a person is added or removed. */
	public void onChange(Runnable listener) {
		chooser.onChange(listener);
	}

	/** The 工号 of the people chosen, in the order added. */
	public List<String> chosen() {
		return chooser.chosen();
	}

	/** Replaces the list by these people (a 工号 the staff list does not hold is shown as it is). */
	public void choose(List<String> staffNos) {
		chooser.choose(staffNos);
	}
}
