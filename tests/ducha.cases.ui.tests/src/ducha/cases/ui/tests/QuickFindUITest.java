package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.cases.ui.CasesViews;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/**
 * Find and open, as a clerk does it on the demo court: Ctrl+F moves into the quick-find box, a 案号 and Enter list
 * the case, Enter on the hit opens 案件登记 with the case's detail; a double-click on a register row opens the
 * detail of that row's case.
 */
class QuickFindUITest {

	private final Workbench bench;

	QuickFindUITest() throws InterruptedException {
		bench = new Workbench();
	}

	@AfterEach
	void closeDialogs() {
		for (String name : new String[] { "quickfind.results", "case.detail" }) {
			shell(name).ifPresent(Shell::close);
		}
	}

	@Test
	void ctrlFFindsACaseByItsNumberAndEnterOpensIt() throws Exception {
		String caseNo = firstRegisterCase();
		Shell main = (Shell) MainWindow.window().getWidget();
		Text box = UiTesting.named(main, AppModel.WIDGET_KEY, "quickfind.text", Text.class);
		main.forceActive();
		ECommandService commands = bench.application.getContext().get(ECommandService.class);
		EHandlerService handlers = bench.application.getContext().get(EHandlerService.class);
		handlers.executeHandler(commands.createCommand("ducha.app.command.find", null));
		bench.waitUntil("Ctrl+F puts the keyboard into the quick-find box", () -> box.isFocusControl());

		// part of the number, typed with ASCII brackets as people do
		String typed = caseNo.replace('（', '(').replace('）', ')').replace("号", "");
		box.setText(typed);
		box.notifyListeners(SWT.DefaultSelection, new Event());
		bench.waitUntil("the quick-find's results", () -> shell("quickfind.results").isPresent());
		Shell results = shell("quickfind.results").orElseThrow();
		Table hits = UiTesting.named(results, AppModel.WIDGET_KEY, "quickfind.hits", Table.class);
		bench.waitUntil("the hits", () -> hits.getItemCount() > 0);
		assertEquals("案件", hits.getItem(0).getText(0));
		assertEquals(caseNo, hits.getItem(0).getText(1));
		assertEquals(0, hits.getSelectionIndex(), "the first hit is selected: Enter opens it at once");
		bench.settle();
		bench.screenshot("quickfind-case");

		hits.notifyListeners(SWT.DefaultSelection, new Event());
		bench.waitUntil("the case's detail", () -> shell("case.detail").isPresent());
		assertEquals(caseNo, detail("case.detail.number"));
		assertTrue(results.isDisposed(), "opening a hit closes the list of hits");
		MPart register = bench.parts.findPart(CasesViews.REGISTER_PART_ID);
		assertEquals(register, bench.parts.getActivePart(), "the hit opened 案件登记");
		bench.settle();
		bench.screenshot("quickfind-case-opened");
	}

	@Test
	void aDoubleClickOnARegisterRowOpensThatCase() throws Exception {
		String caseNo = firstRegisterCase();
		NatTable table = Workbench.find(Workbench.widget(bench.parts.findPart(CasesViews.REGISTER_PART_ID)),
				NatTable.class).orElseThrow();
		Event click = new Event();
		click.x = table.getStartXOfColumnPosition(1) + 5;
		click.y = table.getStartYOfRowPosition(1) + 5;
		click.button = 1;
		table.notifyListeners(SWT.MouseDoubleClick, click);
		bench.waitUntil("the case's detail", () -> shell("case.detail").isPresent());
		assertEquals(caseNo, detail("case.detail.number"));
		assertTrue(!detail("case.detail.judge").isBlank() && !detail("case.detail.judge").matches("\\d+"),
				"the 承办人 by name: " + detail("case.detail.judge"));
	}

	/** Opens 案件登记 and waits for its first page; the 案号 of its first row. */
	private String firstRegisterCase() throws InterruptedException {
		MPart register = bench.show(CasesViews.REGISTER_PART_ID);
		NatTable table = Workbench.find(Workbench.widget(register), NatTable.class).orElseThrow();
		bench.waitUntil("the first register page", () -> bodyRows(table) > 0);
		return String.valueOf(table.getDataValueByPosition(1, 1));
	}

	private String detail(String name) {
		return UiTesting.named(shell("case.detail").orElseThrow(), AppModel.WIDGET_KEY, name, Label.class).getText();
	}

	private Optional<Shell> shell(String name) {
		return Arrays.stream(bench.display.getShells())
				.filter(s -> !s.isDisposed() && name.equals(s.getData(AppModel.WIDGET_KEY))).findFirst();
	}

	private static int bodyRows(NatTable table) {
		ViewportLayer body = (ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer();
		return body.getScrollableLayer().getRowCount();
	}
}
