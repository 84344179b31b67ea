package ducha.app.ui;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;

/**
 * Plugin kit: a staff member chosen by name, never typed as a number. Typing part of a name, its 拼音 initials or
 * spelling (zsf, zhang for 张三丰) or the start of a 工号 narrows the list below to the matching staff, each shown as
 * 姓名（工号，部门）. Only staff still with the court are offered ({@link ducha.core.directory.EmploymentStatus#onStaff});
 * a retired colleague whom an edited record names stays offered for that record ({@link #choose}), so callers hand
 * over the whole staff list. The caller reads the list off the UI thread (a {@link FormDialog} or part loads it).
 */
public final class StaffChooser {

	static final PersonChooser.Kind<Staff> STAFF = new PersonChooser.Kind<>(Staff::staffNo, Staff::name,
			s -> List.of(s.staffNo()), s -> s.status().onStaff(), Messages.Staff_searchHint);

	/** Everyone handed over, whatever their status: for reading records (an archive), not for new ones. */
	private static final PersonChooser.Kind<Staff> ANYONE = new PersonChooser.Kind<>(Staff::staffNo, Staff::name,
			s -> List.of(s.staffNo()), s -> true, Messages.Staff_searchHint);

	private final PersonChooser<Staff> chooser;

	/**
	 * @param prefix the widgets' names: {@code prefix.search} and {@code prefix.staff}
	 */
	public StaffChooser(Composite form, String prefix, String label, List<Staff> staff, DepartmentNames names) {
		this(form, prefix, label, staff, names, null, STAFF);
	}

	/**
	 * A chooser for a person who may be left out (在场督察人员, a finding's person): its first item is （无）, chosen
	 * until a search finds someone; {@link #chosen()} is then null.
	 */
	public static StaffChooser optional(Composite form, String prefix, String label, List<Staff> staff,
			DepartmentNames names) {
		return new StaffChooser(form, prefix, label, staff, names, Messages.Staff_none, STAFF);
	}

	/**
	 * A chooser that filters a list by person (承办人 of the case lists): its first item is （全部）, chosen until a
	 * search finds someone; {@link #chosen()} is then null, meaning no filter.
	 */
	public static StaffChooser filter(Composite form, String prefix, String label, List<Staff> staff,
			DepartmentNames names) {
		return new StaffChooser(form, prefix, label, staff, names, Messages.Staff_all, STAFF);
	}

	/**
	 * A chooser of a person whose records are read (干警廉政档案): it offers everyone handed over, those retired or
	 * gone too, since their records stay readable.
	 */
	public static StaffChooser everyone(Composite form, String prefix, String label, List<Staff> staff,
			DepartmentNames names) {
		return new StaffChooser(form, prefix, label, staff, names, null, ANYONE);
	}

	private StaffChooser(Composite form, String prefix, String label, List<Staff> staff, DepartmentNames names,
			String none, PersonChooser.Kind<Staff> kind) {
		chooser = new PersonChooser<>(form, prefix + ".search", prefix + ".staff", label, none, kind);
		offer(staff, names);
	}

	/**
	 * Offers these staff instead, keeping the person chosen when they are still offered: for a form that is part
	 * of a view (a tab, a side panel), built before its load job has read the staff list.
	 */
	public void offer(List<Staff> staff, DepartmentNames departments) {
		chooser.offer(staff, s -> label(s, departments));
	}

	/** 姓名（工号，部门）: how the drop-down shows a staff member. */
	static String label(Staff s, DepartmentNames departments) {
		return s.name() + "（" + s.staffNo() + "，" + departments.name(s.departmentCode()) + "）";
	}

	/** Puts the keyboard focus into the search field. */
	public boolean setFocus() {
		return chooser.search().setFocus();
	}

	/** Clears the search and the choice (after a form was saved). */
	public void clear() {
		chooser.clear();
	}

	/** Runs the listener whenever the choice changes (typed or picked). */
	public void onChange(Runnable listener) {
		chooser.onChange(listener);
	}

	/** The chosen staff member, or null. */
	public Staff chosen() {
		return chooser.chosen();
	}

	/**
	 * Shows the staff member with this 工号 as chosen (clearing the search), if the list holds them: also one who
	 * has left since, as the record being edited names them.
	 */
	public void choose(String staffNo) {
		chooser.choose(staffNo);
	}
}
