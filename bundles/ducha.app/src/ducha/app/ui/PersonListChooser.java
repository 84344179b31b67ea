package ducha.app.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * What {@link StaffListChooser} and {@link AccountListChooser} share: a {@link PersonChooser} finds one person, 添加
 * puts them on the list below, 移除 takes the selected one off. The list holds keys (工号, log-in names); a key the
 * offered people do not hold is shown as it is.
 *
 * @param <T> the person type
 */
final class PersonListChooser<T> {

	private final PersonChooser.Kind<T> kind;
	private final PersonChooser<T> chooser;
	private final Map<String, String> labels = new HashMap<>();
	private final List<String> chosen = new ArrayList<>();
	private final org.eclipse.swt.widgets.List list;
	private final List<Runnable> listeners = new ArrayList<>();

	PersonListChooser(Composite form, String prefix, String choiceName, String label, PersonChooser.Kind<T> kind) {
		this.kind = kind;
		chooser = new PersonChooser<>(form, prefix + ".search", choiceName, Messages.StaffList_person, null, kind);
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
	 * Offers these people, keeping those chosen.
	 *
	 * @param choiceLabel how the drop-down shows a person
	 * @param listLabel   how the list of chosen people shows one
	 */
	void offer(List<T> people, Function<T, String> choiceLabel, Function<T, String> listLabel) {
		people.forEach(p -> labels.put(kind.key().apply(p), listLabel.apply(p)));
		chooser.offer(people, choiceLabel);
		list.setItems(chosen.stream().map(this::label).toArray(String[]::new));
	}

	void onChange(Runnable listener) {
		listeners.add(listener);
	}

	List<String> chosen() {
		return List.copyOf(chosen);
	}

	void choose(List<String> keys) {
		chosen.clear();
		keys.stream().distinct().forEach(chosen::add);
		changed();
	}

	private void add() {
		T person = chooser.chosen();
		if (person != null && !chosen.contains(kind.key().apply(person))) {
			chosen.add(kind.key().apply(person));
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

	private String label(String key) {
		return labels.getOrDefault(key, key);
	}
}
