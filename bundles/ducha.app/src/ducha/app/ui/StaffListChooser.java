package ducha.app.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;

/**
 * Plugin kit: several staff members chosen by name (the inspectors of an inspection, the attendees of a meeting). A
 * {@link StaffChooser} finds one, 添加 puts them on the list below, shown as 姓名（工号）, 移除 takes the selected one
 * off. The caller reads the staff list off the UI thread and hands it over, as for the {@link StaffChooser}.
 */
public final class StaffListChooser {

	private final StaffChooser chooser;
	private final Map<String, String> namesByNo = new LinkedHashMap<>();
	private final List<String> chosen = new ArrayList<>();
	private final org.eclipse.swt.widgets.List list;
	private final List<Runnable> listeners = new ArrayList<>();

	/**
	 * @param prefix the widgets' names: those of the {@link StaffChooser} ({@code prefix.search},
	 *               {@code prefix.staff}), {@code prefix.add}, {@code prefix.remove} and the list {@code prefix.chosen}
	 * @param label  the list's label, e.g. 督察人员
	 */
	public StaffListChooser(Composite form, String prefix, String label, List<Staff> staff, DepartmentNames names) {
		staff.forEach(s -> namesByNo.put(s.staffNo(), s.name()));
		chooser = new StaffChooser(form, prefix, Messages.StaffList_person, staff, names);
		Forms.label(form, "");
		Composite buttons = new Composite(form, SWT.NONE);
		RowLayoutFactory.fillDefaults().applyTo(buttons);
		Forms.button(buttons, prefix + ".add", Messages.StaffList_add).addListener(SWT.Selection, e -> add());
		Forms.button(buttons, prefix + ".remove", Messages.StaffList_remove).addListener(SWT.Selection,
				e -> remove());
		GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).indent(0, 4)
				.applyTo(Forms.label(form, label));
		list = Forms.named(new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
				prefix + ".chosen");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, list.getItemHeight() * 3).applyTo(list);
	}

	/**
	 * Offers these staff instead, keeping the people chosen: for a form that is part of a view, built before its
	 * load job has read the staff list (see {@link StaffChooser#offer}).
	 */
	public void offer(List<Staff> staff, DepartmentNames departments) {
		staff.forEach(s -> namesByNo.put(s.staffNo(), s.name()));
		chooser.offer(staff, departments);
		list.setItems(chosen.stream().map(this::label).toArray(String[]::new));
	}

	/** Runs the listener whenever a person is added or removed. */
	public void onChange(Runnable listener) {
		listeners.add(listener);
	}

	/** The 工号 of the people chosen, in the order added. */
	public List<String> chosen() {
		return List.copyOf(chosen);
	}

	/** Replaces the list by these people (a 工号 the staff list does not hold is shown as it is). */
	public void choose(List<String> staffNos) {
		chosen.clear();
		staffNos.stream().distinct().forEach(chosen::add);
		changed();
	}

	private void add() {
		Staff s = chooser.chosen();
		if (s != null && !chosen.contains(s.staffNo())) {
			chosen.add(s.staffNo());
			changed();
		}
	}

	private void remove() {
		int index = list.getSelectionIndex();
		if (index >= 0) {
			chosen.remove(index);
			changed();
		}
	}

	private void changed() {
		list.setItems(chosen.stream().map(this::label).toArray(String[]::new));
		listeners.forEach(Runnable::run);
	}

	private String label(String staffNo) {
		String name = namesByNo.get(staffNo);
		return name == null ? staffNo : name + "（" + staffNo + "）";
	}
}
