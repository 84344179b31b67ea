package ducha.app.internal.views;

import java.util.List;

/** A navigator group and its views, in order. */
record ViewCategory(String name, List<ViewEntry> views) {

	ViewCategory {
		views = List.copyOf(views);
	}

	int order() {
		return views.stream().mapToInt(ViewEntry::order).min().orElse(Integer.MAX_VALUE);
	}
}
