package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.cases.CaseMarkingService;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestionService;
import ducha.cases.ui.CasesViews;

/**
 * 四类案件提示 in the real workbench: a suggestion raised through the service is listed with its kind and why;
 * confirming it in the view marks the case, which then appears on the four-kinds list.
 */
class SuggestionsUITest {

	@Test
	void aFlaggedCaseConfirmedInTheViewAppearsAmongTheFourKinds() throws Exception {
		Workbench bench = new Workbench();
		CaseMarkingService marking = Workbench.service(CaseMarkingService.class);
		MarkSuggestionService suggestions = Workbench.service(MarkSuggestionService.class);
		CaseRecord target = Workbench.service(CaseRegister.class).page(CaseQuery.ALL, null, 200, bench.principal)
				.rows().stream().filter(c -> c.status().isOpen())
				.filter(c -> !marking.kindsOf(c.number().text(), bench.principal)
						.contains(MarkKind.SIMILAR_CASE_CONFLICT))
				.filter(c -> suggestions.pending(CaseQuery.ALL, 0, 1000, bench.principal).stream()
						.noneMatch(s -> s.record().number().equals(c.number())))
				.findFirst().orElseThrow();
		String caseNo = target.number().text();
		MarkSuggestion flagged = suggestions.flag(caseNo, MarkKind.SIMILAR_CASE_CONFLICT,
				"对违约金调整的裁判尺度可能与上级法院类案不一致", bench.principal);

		MPart part = bench.show(CasesViews.SUGGESTIONS_PART_ID);
		Table table = Workbench.named(part, "suggest.table", Table.class);
		bench.waitUntil("the flagged case in the pending list", () -> rowOf(table, caseNo) >= 0);
		TableItem item = table.getItem(rowOf(table, caseNo));
		assertEquals("可能与类案判决冲突", item.getText(1));
		assertEquals("人工提示", item.getText(2));
		assertEquals(flagged.detail(), item.getText(3));
		Text threshold = Workbench.named(part, "suggest.threshold", Text.class);
		bench.waitUntil("the party threshold", () -> !threshold.getText().isEmpty());
		assertEquals(Integer.toString(suggestions.partyThreshold()), threshold.getText());
		table.setSelection(rowOf(table, caseNo));
		table.showSelection();
		Workbench.named(part, "suggest.reason", Text.class).setText("经专业法官会议讨论，确认列入监督");
		bench.settle();
		bench.screenshot("cases-suggestions");

		Workbench.named(part, "suggest.confirm", Button.class).notifyListeners(SWT.Selection, null);
		Label status = Workbench.named(part, "suggest.status", Label.class);
		bench.waitUntil("the confirmation", () -> status.getText().contains(caseNo) && rowOf(table, caseNo) < 0);
		assertTrue(status.getText().contains("已确认"), status.getText());
		assertEquals(MarkSuggestion.Status.CONFIRMED, suggestions.suggestion(flagged.id(), bench.principal).status());
		bench.settle();
		bench.screenshot("cases-suggestion-confirmed");

		MPart marked = bench.show(CasesViews.MARKED_PART_ID);
		NatTable list = Workbench.find(Workbench.widget(marked), NatTable.class).orElseThrow();
		// the 承办人 is chosen by name; typing the 工号 finds the judge
		Combo judges = Workbench.named(marked, "marked.judge.staff", Combo.class);
		bench.waitUntil("the judges offered", () -> judges.getItemCount() > 1);
		Workbench.named(marked, "marked.judge.search", Text.class).setText(target.judgeNo());
		assertTrue(judges.getText().contains("（" + target.judgeNo() + "，"), judges.getText());
		Workbench.named(marked, "marked.apply", Button.class).notifyListeners(SWT.Selection, null);
		bench.waitUntil("the confirmed case among the four kinds", () -> IntStream.range(0, bodyRows(list))
				.anyMatch(r -> cell(list, r, 0).equals(caseNo) && cell(list, r, 7).contains("可能与类案判决冲突")
						&& cell(list, r, 8).contains("经专业法官会议讨论")));
		assertTrue(marking.kindsOf(caseNo, bench.principal).contains(MarkKind.SIMILAR_CASE_CONFLICT));
		bench.settle();
		bench.screenshot("cases-suggestion-four-kinds");
		bench.parts.hidePart(marked, true);
		bench.parts.hidePart(part, true);
	}

	@Test
	void aDismissalWithoutAReasonIsRefusedInTheStatusLine() throws Exception {
		Workbench bench = new Workbench();
		MPart part = bench.show(CasesViews.SUGGESTIONS_PART_ID);
		Table table = Workbench.named(part, "suggest.table", Table.class);
		bench.waitUntil("the demo's pending suggestions", () -> table.getItemCount() > 0);
		List<Long> before = pendingIds(bench);
		table.setSelection(0);
		Workbench.named(part, "suggest.reason", Text.class).setText("  ");
		Workbench.named(part, "suggest.dismiss", Button.class).notifyListeners(SWT.Selection, null);
		Label status = Workbench.named(part, "suggest.status", Label.class);
		bench.waitUntil("the refusal", () -> status.getText().startsWith("未办成"));
		assertEquals(before, pendingIds(bench), "nothing was dismissed");
		bench.parts.hidePart(part, true);
	}

	private static List<Long> pendingIds(Workbench bench) {
		return Workbench.service(MarkSuggestionService.class).pending(CaseQuery.ALL, 0, 1000, bench.principal)
				.stream().map(MarkSuggestion::id).toList();
	}

	private static int rowOf(Table table, String caseNo) {
		List<TableItem> items = Arrays.asList(table.getItems());
		for (int i = 0; i < items.size(); i++) {
			if (caseNo.equals(items.get(i).getText(0))) {
				return i;
			}
		}
		return -1;
	}

	private static int bodyRows(NatTable table) {
		ViewportLayer body = (ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer();
		return body.getScrollableLayer().getRowCount();
	}

	private static String cell(NatTable table, int row, int column) {
		ViewportLayer body = (ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer();
		return String.valueOf(body.getScrollableLayer().getDataValueByPosition(column, row));
	}
}
