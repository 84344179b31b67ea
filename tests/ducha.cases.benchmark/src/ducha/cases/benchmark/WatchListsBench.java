package ducha.cases.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import ducha.cases.CaseMarkingService;
import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.MarkKind;
import ducha.cases.MarkedCase;
import ducha.cases.PageKey;
import ducha.cases.WatchList;
import ducha.cases.WatchListEntry;
import ducha.cases.WatchListService;
import ducha.cases.WatchRule;

/**
 * Part (c) of the benchmark: the watch lists on the imported register. The long-pending list (count, first page,
 * a page half-way down by its key, and the first page of one department) beside the same SQL in raw JDBC, and the
 * selection the list ran before the stored long-pending date (cases migration V7) as a note; then the four-kinds
 * and major-case lists on marks of every {@value #MARK_EVERY}th case (the four kinds beside the raw SQL on the
 * stored flag of migration V8, with the join of the current marks it replaced as a note). Asserts that the
 * service's list is exactly what the rule table gives (the old per-rule selection) and the same pages as the raw
 * SQL, and that the four kinds' stored flag lists the same cases in the same order as the current marks.
 */
final class WatchListsBench {

	/** One case in this many is marked with each kind (a different one per kind); a tenth is unmarked again. */
	static final int MARK_EVERY = 1000;

	interface Timer {
		Figures.Timing time(java.util.concurrent.Callable<?> call) throws Exception;
	}

	private final DataSource dataSource;
	private final Figures figures;
	private final Timer timer;
	private final int page;

	WatchListsBench(DataSource dataSource, Figures figures, Timer timer, int page) {
		this.dataSource = dataSource;
		this.figures = figures;
		this.timer = timer;
		this.page = page;
	}

	void longPending(WatchListService watch, RawJdbc raw, String department, LocalDate today) throws Exception {
		RawWatchLists floor = new RawWatchLists(dataSource);
		long pending = watch.countLongPending(CaseQuery.ALL, today, BenchCourt.ACTOR);
		RawJdbc.Flagged before = raw.flagged(watch.rules(), today);
		assertEquals(raw.countFlagged(before), pending, "the stored dates flag exactly what the rule table flags");
		assertEquals(floor.countLongPending(null, today), pending);
		// a small register (10,000 cases) flags fewer than two pages: its figures are still taken (issue 16 asks
		// how each grows from 10k), the "deep" page then lies within the list's first pages, as the note says
		assertTrue(pending > 1, "the generated register has a long-pending list with a page after its middle");
		if (pending <= 2 * page) {
			figures.note(String.format(Locale.ROOT, "(c) only %,d long-pending cases: the page after the middle row"
					+ " is not a deep page at this size", pending));
		}
		figures.query(String.format(Locale.ROOT, "(c) long-pending count (%,d cases)", pending),
				timer.time(() -> watch.countLongPending(CaseQuery.ALL, today, BenchCourt.ACTOR)),
				timer.time(() -> floor.countLongPending(null, today)));
		PageKey deep = floor.longPendingKeyAt(today, pending / 2 - 1);
		for (PageKey key : Arrays.asList(null, deep)) {
			assertEquals(floor.longPendingPage(null, today, key, page),
					numbers(watch.longPending(CaseQuery.ALL, today, key, page, BenchCourt.ACTOR), WatchListEntry::record));
			figures.query(key == null ? "(c) long-pending first page of " + page
					: String.format(Locale.ROOT, "(c) long-pending page after row %,d", pending / 2),
					timer.time(() -> watch.longPending(CaseQuery.ALL, today, key, page, BenchCourt.ACTOR)),
					timer.time(() -> floor.longPendingPage(null, today, key, page)));
		}
		CaseQuery one = CaseQuery.ALL.withDepartment(department);
		assertEquals(floor.longPendingPage(department, today, null, page),
				numbers(watch.longPending(one, today, null, page, BenchCourt.ACTOR), WatchListEntry::record));
		figures.query(String.format(Locale.ROOT, "(c) long-pending count, one department (%,d cases)",
				floor.countLongPending(department, today)),
				timer.time(() -> watch.countLongPending(one, today, BenchCourt.ACTOR)),
				timer.time(() -> floor.countLongPending(department, today)));
		figures.query("(c) long-pending first page, one department",
				timer.time(() -> watch.longPending(one, today, null, page, BenchCourt.ACTOR)),
				timer.time(() -> floor.longPendingPage(department, today, null, page)));
		String judge = judge(watch, today);
		CaseQuery theirs = new CaseQuery(null, judge, null, null);
		figures.query(String.format(Locale.ROOT, "(c) long-pending count, one judge (%,d cases)",
				floor.countLongPendingOfJudge(judge, today)),
				timer.time(() -> watch.countLongPending(theirs, today, BenchCourt.ACTOR)),
				timer.time(() -> floor.countLongPendingOfJudge(judge, today)));
		figures.note(String.format(Locale.ROOT, "(c) before the stored long-pending date (migration V7) the list"
				+ " selected the open cases of each covered (type, procedure) pair and sorted them: count %s,"
				+ " first page %s in raw SQL on this register", timer.time(() -> raw.countFlagged(before)),
				timer.time(() -> raw.flaggedPage(before, null, page))));
	}

	/**
	 * What a change of the rule table costs: the catch-all rule moved by a day (every case it decides gets a new
	 * date) and back, each save recomputing every case's date in its transaction, and a save that changes nothing.
	 */
	void ruleChange(WatchListService watch, LocalDate today) throws Exception {
		WatchRule catchAll = watch.rules().stream().filter(r -> r.caseType() == null && r.procedure() == null)
				.findFirst().orElseThrow();
		long pending = watch.countLongPending(CaseQuery.ALL, today, BenchCourt.ACTOR);
		long started = System.nanoTime();
		WatchRule moved = watch.saveRule(days(catchAll, catchAll.thresholdDays() + 1), BenchCourt.ACTOR, null);
		double movedMs = (System.nanoTime() - started) / 1e6;
		started = System.nanoTime();
		WatchRule back = watch.saveRule(days(moved, catchAll.thresholdDays()), BenchCourt.ACTOR, null);
		double backMs = (System.nanoTime() - started) / 1e6;
		started = System.nanoTime();
		watch.saveRule(back, BenchCourt.ACTOR, null);
		double sameMs = (System.nanoTime() - started) / 1e6;
		assertEquals(pending, watch.countLongPending(CaseQuery.ALL, today, BenchCourt.ACTOR));
		figures.note(String.format(Locale.ROOT, "(c) a rule change recomputes every case's long-pending date in its"
				+ " transaction: the catch-all rule one day later %,.1f s, back %,.1f s, saved unchanged %,.1f s",
				movedMs / 1000, backMs / 1000, sameMs / 1000));
	}

	private static WatchRule days(WatchRule rule, int days) {
		return new WatchRule(rule.id(), rule.caseType(), rule.procedure(), rule.basis(), days,
				rule.limitSharePercent(), rule.label(), rule.version());
	}

	void marked(CaseMarkingService marking, LocalDate today) throws Exception {
		long marks = RawWatchLists.mark(dataSource, MARK_EVERY);
		RawWatchLists floor = new RawWatchLists(dataSource);
		figures.note(String.format(Locale.ROOT, "(c) marks: every %,dth case of each of the %d kinds, %,d marks,"
				+ " a tenth of them unmarked again", MARK_EVERY, MarkKind.values().length, marks));
		for (WatchList list : List.of(WatchList.FOUR_KINDS, WatchList.MAJOR)) {
			Set<MarkKind> kinds = list.kinds();
			// the four kinds read the stored flag (V8): its floor is the raw SQL on the flag's index, and the join
			// of the current marks (the list's SQL before V8) must give the same cases in the same order
			boolean flagged = list == WatchList.FOUR_KINDS;
			long count = marking.count(kinds, CaseQuery.ALL, today, BenchCourt.ACTOR);
			assertEquals(floor.countMarked(kinds), count, "the stored flag lists exactly the cases marked now");
			if (flagged) {
				assertEquals(floor.countFourKinds(), count);
			}
			figures.query(String.format(Locale.ROOT, "(c) %s count (%,d cases)", list.label(), count),
					timer.time(() -> marking.count(kinds, CaseQuery.ALL, today, BenchCourt.ACTOR)),
					timer.time(() -> flagged ? floor.countFourKinds() : floor.countMarked(kinds)));
			PageKey deep = count > 2 * page ? floor.markedKeyAt(kinds, count / 2 - 1) : null;
			for (PageKey key : deep == null ? Arrays.<PageKey>asList((PageKey) null) : Arrays.asList(null, deep)) {
				List<String> listed = numbers(marking.marked(kinds, CaseQuery.ALL, today, key, page,
						BenchCourt.ACTOR), MarkedCase::record);
				assertEquals(floor.markedPage(kinds, key, page), listed);
				if (flagged) {
					assertEquals(floor.fourKindsPage(key, page), listed);
				}
				figures.query(key == null ? "(c) " + list.label() + " first page of " + page
						: String.format(Locale.ROOT, "(c) %s page after row %,d", list.label(), count / 2),
						timer.time(() -> marking.marked(kinds, CaseQuery.ALL, today, key, page, BenchCourt.ACTOR)),
						timer.time(() -> flagged ? floor.fourKindsPage(key, page)
								: floor.markedPage(kinds, key, page)));
			}
			if (flagged) {
				figures.note(String.format(Locale.ROOT, "(c) before the stored four-kinds flag (migration V8) the"
						+ " list joined the current marks with the register and sorted them: count %s, first page %s,"
						+ " page after row %,d %s in raw SQL on this register",
						timer.time(() -> floor.countMarked(kinds)),
						timer.time(() -> floor.markedPage(kinds, null, page)), count / 2,
						timer.time(() -> floor.markedPage(kinds, deep, page))));
			}
		}
	}

	/** The judge of the first flagged case. */
	private static String judge(WatchListService watch, LocalDate today) {
		return watch.longPending(CaseQuery.ALL, today, null, 1, BenchCourt.ACTOR).rows().get(0).record().judgeNo();
	}

	private static <T> List<String> numbers(CasePage<T> page, Function<T, CaseRecord> record) {
		return page.rows().stream().map(r -> record.apply(r).number().text()).toList();
	}
}
