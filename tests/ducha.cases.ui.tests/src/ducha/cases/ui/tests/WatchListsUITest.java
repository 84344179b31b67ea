package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.cases.CaseMarkingService;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.MarkKind;
import ducha.cases.WatchListService;
import ducha.cases.ui.CasesViews;

/**
 * The watch lists' filters in the real workbench: 立案满 N 天 narrows the long-pending list to what the service
 * counts for the same query; a case marked through the service is found on 四类案件 by filtering on its judge.
 */
class WatchListsUITest {

	@Test
	void theAgeFilterNarrowsTheLongPendingListToTheServicesCount() throws Exception {
		Workbench bench = new Workbench();
		int age = 400;
		long expected = Workbench.service(WatchListService.class)
				.countLongPending(new CaseQuery(null, null, null, age), LocalDate.now(), bench.principal);
		MPart part = bench.show(CasesViews.WATCH_LIST_PART_ID);
		NatTable table = Workbench.find(Workbench.widget(part), NatTable.class).orElseThrow();
		bench.waitUntil("the long-pending list", () -> bodyRows(table) > 0);
		Workbench.named(part, "watch.minAge", Text.class).setText(Integer.toString(age));
		Workbench.named(part, "watch.apply", Button.class).notifyListeners(SWT.Selection, null);
		// the unfiltered page may still be shown: wait for the page whose every row is old enough
		bench.waitUntil("the filtered list", () -> bodyRows(table) == Math.min(200, expected)
				&& IntStream.range(0, bodyRows(table)).allMatch(row -> Long.parseLong(cell(table, row, 7)) >= age));
		bench.settle();
		assertTrue(IntStream.range(0, bodyRows(table)).allMatch(row -> Long.parseLong(cell(table, row, 7)) >= age),
				"a read started before the filter must not replace the page");
		bench.screenshot("cases-watchlist-filtered");
		// the filter stays with the open part: close it so that other tests see the whole list
		bench.parts.hidePart(part, true);
	}

	@Test
	void aCaseMarkedThroughTheServiceIsListedAmongTheFourKindsOfItsJudge() throws Exception {
		Workbench bench = new Workbench();
		CaseMarkingService marking = Workbench.service(CaseMarkingService.class);
		CaseRecord target = Workbench.service(CaseRegister.class).page(CaseQuery.ALL, null, 100, bench.principal)
				.rows().stream().filter(c -> c.status().isOpen())
				.filter(c -> !marking.kindsOf(c.number().text(), bench.principal).contains(MarkKind.MAJOR_SENSITIVE))
				.findFirst().orElseThrow();
		marking.mark(target.number().text(), MarkKind.MAJOR_SENSITIVE, "涉案金额巨大，社会关注度高", bench.principal);

		MPart part = bench.show(CasesViews.MARKED_PART_ID);
		NatTable table = Workbench.find(Workbench.widget(part), NatTable.class).orElseThrow();
		// the 承办人 is chosen by name; typing the 工号 finds the judge
		Combo judges = Workbench.named(part, "marked.judge.staff", Combo.class);
		bench.waitUntil("the judges offered", () -> judges.getItemCount() > 1);
		Workbench.named(part, "marked.judge.search", Text.class).setText(target.judgeNo());
		assertTrue(judges.getText().contains("（" + target.judgeNo() + "，"), judges.getText());
		Workbench.named(part, "marked.apply", Button.class).notifyListeners(SWT.Selection, null);
		// the unfiltered page may still be shown: wait for the page with the case and its judge's cases only
		bench.waitUntil("the judge's marked cases", () -> {
			int row = rowOf(table, target.number().text());
			return row >= 0 && IntStream.range(0, bodyRows(table))
					.allMatch(r -> cell(table, r, 2).equals(cell(table, row, 2)));
		});
		int row = rowOf(table, target.number().text());
		assertTrue(cell(table, row, 7).contains("重大敏感、疑难复杂"), cell(table, row, 7));
		assertTrue(cell(table, row, 8).contains("涉案金额巨大"), cell(table, row, 8));
		long judgesMarked = marking.count(MarkKind.fourKinds(), new CaseQuery(null, target.judgeNo(), null, null),
				LocalDate.now(), bench.principal);
		assertEquals(judgesMarked, bodyRows(table), "the judge's marked cases, all of them");
		bench.settle();
		assertEquals(judgesMarked, bodyRows(table), "a read started before the filter must not replace the page");
		bench.screenshot("cases-four-kinds");
		bench.parts.hidePart(part, true);
	}

	private static int bodyRows(NatTable table) {
		ViewportLayer body = (ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer();
		return body.getScrollableLayer().getRowCount();
	}

	/** A cell of the page, read below the viewport: rows scrolled out of sight count too. */
	private static String cell(NatTable table, int row, int column) {
		ViewportLayer body = (ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer();
		return String.valueOf(body.getScrollableLayer().getDataValueByPosition(column, row));
	}

	private static int rowOf(NatTable table, String caseNo) {
		for (int row = 0; row < bodyRows(table); row++) {
			if (caseNo.equals(cell(table, row, 0))) {
				return row;
			}
		}
		return -1;
	}
}
