package ducha.app.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * What {@link StaffChooser} and {@link AccountChooser} share: a search field above a drop-down of the people it
 * finds (by name, 拼音 initials or spelling, or code: {@link NameMatcher}). Only people the predicate calls current
 * are offered (serving staff, enabled accounts), except one a record already names ({@link #choose}): an old record
 * keeps showing the colleague who has since retired.
 *
 * @param <T> the person type
 */
final class PersonChooser<T> {

	/** How a chooser reads its people. */
	record Kind<T>(Function<T, String> key, Function<T, String> name, Function<T, List<String>> codes,
			Predicate<T> current, String hint) {
	}

	private final Kind<T> kind;
	private final Text search;
	private final Combo choice;
	private final String none;
	private final List<T> shown = new ArrayList<>();
	/** Keys of people offered although not current, because a record names them. */
	private final Set<String> kept = new HashSet<>();
	private Function<T, String> label;
	private List<T> all = List.of();
	/** Built off the UI thread: the 拼音 of a few hundred names takes a moment the first time. */
	private CompletableFuture<NameMatcher<T>> matcher;

	PersonChooser(Composite form, String searchName, String choiceName, String label, String none, Kind<T> kind) {
		this.kind = kind;
		this.none = none;
		search = Forms.text(form, Messages.Staff_search, searchName);
		search.setMessage(kind.hint());
		choice = Forms.choice(form, label, choiceName);
		// wide enough for 姓名（工号，部门） also in a view's bar, where the column takes its widget's width
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(choice);
		choice.setVisibleItemCount(20);
		search.addListener(SWT.Modify, e -> filter());
	}

	/** Offers these people, each shown by the label; keeps the person chosen when they are still offered. */
	void offer(List<T> people, Function<T, String> labels) {
		T before = chosen();
		all = List.copyOf(people);
		label = labels;
		kept.clear();
		Kind<T> k = kind;
		List<T> index = all;
		matcher = CompletableFuture.supplyAsync(() -> new NameMatcher<>(index, k.name(), k.codes()));
		filter();
		if (before != null) {
			choose(kind.key().apply(before));
		}
	}

	Text search() {
		return search;
	}

	Combo choice() {
		return choice;
	}

	void clear() {
		search.setText("");
		if (none == null) {
			choice.deselectAll();
		}
	}

	void onChange(Runnable listener) {
		choice.addListener(SWT.Selection, e -> listener.run());
		search.addListener(SWT.Modify, e -> listener.run());
	}

	T chosen() {
		int index = choice.getSelectionIndex() - offset();
		return index < 0 || index >= shown.size() ? null : shown.get(index);
	}

	/** Shows the person with this key as chosen (clearing the search), offering them even if no longer current. */
	void choose(String key) {
		all.stream().filter(p -> kind.key().apply(p).equals(key) && !kind.current().test(p)).findFirst()
				.ifPresent(p -> kept.add(key));
		search.setText("");
		filter();
		for (int i = 0; i < shown.size(); i++) {
			if (kind.key().apply(shown.get(i)).equals(key)) {
				choice.select(i + offset());
				return;
			}
		}
	}

	private void filter() {
		String text = search.getText().strip();
		List<T> found = text.isEmpty() || matcher == null ? all : matcher.join().matching(text);
		shown.clear();
		found.stream().filter(p -> kind.current().test(p) || kept.contains(kind.key().apply(p))).forEach(shown::add);
		List<String> items = new ArrayList<>();
		if (none != null) {
			items.add(none);
		}
		shown.stream().map(label).forEach(items::add);
		choice.setItems(items.toArray(String[]::new));
		if (none != null) {
			// nothing searched: nobody; a search: its first match
			choice.select(text.isEmpty() || shown.isEmpty() ? 0 : 1);
		} else if (!shown.isEmpty()) {
			choice.select(0);
		}
	}

	/** Where the people start in the combo: after （无） for an optional person. */
	private int offset() {
		return none == null ? 0 : 1;
	}
}
