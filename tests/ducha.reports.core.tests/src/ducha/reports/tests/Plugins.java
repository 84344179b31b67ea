package ducha.reports.tests;

import java.util.List;

/** The fake plugins the tests install: inspections and petitions; cases exists but is never installed. */
final class Plugins {

	static final int YEAR = 2024;

	private Plugins() {
	}

	/** 45 inspections (every 8 days) and 9 bulletins (every 40 days) in 2024, plus 3 inspections in 2025. */
	static FakePlugin inspections() {
		List<java.time.LocalDate> inspections = new java.util.ArrayList<>(FakePlugin.days(YEAR, 45, 8));
		inspections.addAll(FakePlugin.days(YEAR + 1, 3, 30));
		return new FakePlugin("inspections", "日常督察", 40,
				List.of(new FakePlugin.Kind("inspections.inspections", "开展督察（次）", inspections),
						new FakePlugin.Kind("inspections.bulletins", "通报（期）", FakePlugin.days(YEAR, 9, 40))));
	}

	/** 4 petitions received, 4 disposed in 2024; a label with a comma to check CSV quoting. */
	static FakePlugin petitions() {
		return new FakePlugin("petitions", "信访举报", 50,
				List.of(new FakePlugin.Kind("petitions.received", "受理信访举报（件）", FakePlugin.days(YEAR, 4, 60)),
						new FakePlugin.Kind("petitions.disposed", "办结并处置, 含\"立查立办\"", FakePlugin.days(YEAR, 4, 61))));
	}

	/** Never installed in the tests: its section must not appear. */
	static FakePlugin cases() {
		return new FakePlugin("cases", "审判监督", 30,
				List.of(new FakePlugin.Kind("cases.bulletins", "案件通报（期）", FakePlugin.days(YEAR, 18, 20))));
	}
}
