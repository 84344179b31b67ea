package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.WatchListService;
import ducha.cases.ui.CasesViews;

/**
 * Inside the real workbench on the demo court, in Chinese: the navigator group 审判监督 lists the case views; the
 * register and the long-pending list each show one page of the demo cases (the register pages on with 下一页).
 */
class CasePartsUITest {

	private static final int PAGE_SIZE = 200;

	@Test
	void theRegisterAndTheLongPendingListShowTheDemoCasesPageByPage() throws Exception {
		Workbench bench = new Workbench();
		Tree navigator = Workbench.find(Workbench.widget(bench.parts.findPart(AppModel.NAVIGATOR_PART_ID)), Tree.class)
				.orElseThrow();
		TreeItem category = Arrays.stream(navigator.getItems()).filter(i -> i.getText().equals("审判监督")).findFirst()
				.orElseThrow(() -> new AssertionError("the navigator has no group 审判监督: " + Arrays.toString(
						Arrays.stream(navigator.getItems()).map(TreeItem::getText).toArray())));
		assertEquals("[案件登记, 长期未结案, 四类案件/重大案件, 四类案件提示, 长期未结案规则, 督办, 评查]",
				Arrays.toString(Arrays.stream(category.getItems()).map(TreeItem::getText).toArray()));

		long cases = Workbench.service(CaseRegister.class).count(CaseQuery.ALL, bench.principal);
		assertTrue(cases > PAGE_SIZE, "the demo court should have more than one page of cases, has " + cases);

		MPart register = bench.show(CasesViews.REGISTER_PART_ID);
		NatTable registerTable = Workbench.find(Workbench.widget(register), NatTable.class).orElseThrow();
		bench.waitUntil("the first register page", () -> bodyRows(registerTable) > 0);
		assertEquals(PAGE_SIZE, bodyRows(registerTable), "one page, never the whole register");
		assertTrue(cell(registerTable, 0, 0).matches("（20\\d\\d）川0724.+\\d+号"), cell(registerTable, 0, 0));
		assertEquals("1", rowHeader(registerTable, 0));

		Button next = button(Workbench.widget(register), "下一页");
		bench.waitUntil("下一页 enabled", next::isEnabled);
		next.notifyListeners(SWT.Selection, null);
		bench.waitUntil("the second register page", () -> rowHeader(registerTable, 0).equals("201"));
		assertEquals(Math.min(PAGE_SIZE, cases - PAGE_SIZE), bodyRows(registerTable));
		bench.settle();
		bench.screenshot("cases-register");

		long flagged = Workbench.service(WatchListService.class).countLongPending(CaseQuery.ALL, LocalDate.now(),
				bench.principal);
		assertTrue(flagged > 0, "the demo court should have long-pending cases");
		MPart watch = bench.show(CasesViews.WATCH_LIST_PART_ID);
		NatTable watchTable = Workbench.find(Workbench.widget(watch), NatTable.class).orElseThrow();
		bench.waitUntil("the long-pending list", () -> bodyRows(watchTable) > 0);
		assertEquals(Math.min(PAGE_SIZE, flagged), bodyRows(watchTable));
		assertTrue(Long.parseLong(cell(watchTable, 0, 7)) > 0, "age in days: " + cell(watchTable, 0, 7));
		assertTrue(cell(watchTable, 0, 8).matches("\\d{4}-\\d{2}-\\d{2}"),
				"the day it became long-pending: " + cell(watchTable, 0, 8));
		assertTrue(!cell(watchTable, 0, 9).isBlank(), "the rule that flagged the case");
		bench.settle();
		bench.screenshot("cases-watchlist");
	}

	/** Body rows of a grid: all rows less the column header. */
	private static int bodyRows(NatTable table) {
		ViewportLayer body = (ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer();
		return body.getScrollableLayer().getRowCount();
	}

	private static String cell(NatTable table, int row, int column) {
		return String.valueOf(table.getDataValueByPosition(column + 1, row + 1));
	}

	private static String rowHeader(NatTable table, int row) {
		return String.valueOf(table.getDataValueByPosition(0, row + 1));
	}

	private static Button button(Control root, String text) {
		if (root instanceof Button b && text.equals(b.getText())) {
			return b;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = button(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
