package ducha.app.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;

/**
 * Plugin kit: a staff member chosen by name, never typed as a number. Typing part of a name or 工号 narrows the
 * list below to the matching staff, each shown as 姓名（工号，部门）. The caller reads the staff list off the UI
 * thread (a {@link FormDialog} or part loads it) and hands it over.
 */
public final class StaffChooser {

	private List<Staff> all;
	private DepartmentNames names;
	private final Text search;
	private final Combo choice;
	private final List<Staff> shown = new ArrayList<>();
	/** For an optional person: the first item, chosen while nothing is searched (null: a person is required). */
	private final String none;

	/**
	 * @param prefix the widgets' names: {@code prefix.search} and {@code prefix.staff}
	 */
	public StaffChooser(Composite form, String prefix, String label, List<Staff> staff, DepartmentNames names) {
		this(form, prefix, label, staff, names, null);
	}

	/**
	 * A chooser for a person who may be left out (在场督察人员, a finding's person): its first item is （无）, chosen
	 * until a search finds someone; {@link #chosen()} is then null.
	 */
	public static StaffChooser optional(Composite form, String prefix, String label, List<Staff> staff,
			DepartmentNames names) {
		return new StaffChooser(form, prefix, label, staff, names, Messages.Staff_none);
	}

	private StaffChooser(Composite form, String prefix, String label, List<Staff> staff, DepartmentNames names,
			String none) {
		this.none = none;
		this.all = staff;
		this.names = names;
		search = Forms.text(form, Messages.Staff_search, prefix + ".search");
		search.setMessage(Messages.Staff_searchHint);
		choice = Forms.choice(form, label, prefix + ".staff");
		search.addListener(SWT.Modify, e -> filter());
		filter();
	}

	/**
	 * Offers these staff instead, keeping the person chosen when they are still offered: for a form that is part
	 * of a view (a tab, a side panel), built before its load job has read the staff list.
	 */
	public void offer(List<Staff> staff, DepartmentNames departments) {
		Staff before = chosen();
		all = List.copyOf(staff);
		names = departments;
		filter();
		if (before != null) {
			choose(before.staffNo());
		}
	}

	/** Clears the search and the choice (after a form was saved). */
	public void clear() {
		search.setText("");
		if (none == null) {
			choice.deselectAll();
		}
	}

	/** Runs the listener whenever the choice changes (typed or picked). */
	public void onChange(Runnable listener) {
		choice.addListener(SWT.Selection, e -> listener.run());
		search.addListener(SWT.Modify, e -> listener.run());
	}

	/** The chosen staff member, or null. */
	public Staff chosen() {
		int index = choice.getSelectionIndex() - offset();
		return index < 0 || index >= shown.size() ? null : shown.get(index);
	}

	/** Shows the staff member with this 工号 as chosen (clearing the search), if the list holds them. */
	public void choose(String staffNo) {
		search.setText("");
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).staffNo().equals(staffNo)) {
				choice.select(i + offset());
				return;
			}
		}
	}

	private void filter() {
		String text = search.getText().strip();
		shown.clear();
		all.stream().filter(s -> text.isEmpty() || s.name().contains(text) || s.staffNo().startsWith(text))
				.forEach(shown::add);
		List<String> items = new ArrayList<>();
		if (none != null) {
			items.add(none);
		}
		shown.stream().map(this::label).forEach(items::add);
		choice.setItems(items.toArray(String[]::new));
		if (none != null) {
			// nothing searched: nobody; a search: its first match
			choice.select(text.isEmpty() || shown.isEmpty() ? 0 : 1);
		} else if (!shown.isEmpty()) {
			choice.select(0);
		}
	}

	/** Where the staff start in the combo: after （无） for an optional person. */
	private int offset() {
		return none == null ? 0 : 1;
	}

	private String label(Staff s) {
		return s.name() + "（" + s.staffNo() + "，" + names.name(s.departmentCode()) + "）";
	}
}
