package ducha.integrity.ui.tests;

import static ducha.test.ui.MainWindow.parts;
import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.ModalDialogs.onDialog;
import static ducha.test.ui.UiTesting.button;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.find;
import static ducha.test.ui.UiTesting.named;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.security.Principal;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.RiskReview;
import ducha.integrity.ui.IntegrityViews;

/**
 * The 风险防控清单 on the demo court: 记录复核… is offered only for a measure in force, records the review entered in
 * its form, and the row then shows the new 复核日期 and the status line says so.
 */
class RiskReviewUITest {

	private static final int COL_NO = 0;
	private static final int COL_REVIEW = 6;

	@Test
	void theReviewFormRecordsAReviewAndTheRowShowsTheNextReviewDate() throws Exception {
		Display display = Display.getCurrent();
		Principal principal = principal();
		RiskListService riskList = service(RiskListService.class);
		RiskMeasure overdue = riskList.dueForReview(LocalDate.now(), 0, principal).get(0);
		EPartService parts = parts(display);
		MPart part = parts.showPart(IntegrityViews.RISK_LIST_PART_ID, PartState.ACTIVATE);
		Table table = find(widget(part), Table.class).orElseThrow();
		waitUntil(display, "the risk list", () -> table.getItemCount() > 0);
		Button review = button(widget(part), "记录复核…");

		select(table, "FX-901");
		assertFalse(review.isEnabled(), "a retired measure is not reviewed");
		select(table, overdue.recordNo());
		assertTrue(review.isEnabled(), "an overdue measure in force can be reviewed");

		LocalDate next = LocalDate.now().plusMonths(6);
		List<String> proposed = new ArrayList<>();
		onDialog(display, "记录复核", dialog -> {
			DateField nextField = named(dialog, AppModel.WIDGET_KEY, "risk.review.next", DateField.class);
			proposed.add(LocalDate.of(nextField.getYear(), nextField.getMonth() + 1, nextField.getDay()).toString());
			nextField.setDate(next.getYear(), next.getMonthValue() - 1, next.getDayOfMonth());
			named(dialog, AppModel.WIDGET_KEY, "risk.review.note", Text.class).setText("界面测试：措施有效");
			click(button(dialog, "确定"));
		});
		click(review);

		waitUntil(display, "the new review date in the row",
				() -> next.toString().equals(row(table, overdue.recordNo()).getText(COL_REVIEW)));
		// the demo measures come into force on 1 January last year and are first due within the year after
		assertTrue(LocalDate.parse(proposed.get(0)).isAfter(LocalDate.now()), proposed.toString());
		Label status = named(widget(part), AppModel.WIDGET_KEY, "risk.status", Label.class);
		assertEquals("已记录 " + overdue.recordNo() + " 的复核，下次复核 " + next, status.getText());
		List<RiskReview> reviews = riskList.reviews(overdue.recordNo(), principal);
		assertEquals(1, reviews.size());
		assertEquals("界面测试：措施有效", reviews.get(0).note());
		assertEquals(LocalDate.now(), reviews.get(0).reviewedOn());
		assertFalse(riskList.dueForReview(LocalDate.now(), 0, principal).stream()
				.anyMatch(m -> m.recordNo().equals(overdue.recordNo())), "no longer overdue");
	}

	private static void select(Table table, String recordNo) {
		table.setSelection(row(table, recordNo));
		table.notifyListeners(SWT.Selection, null);
	}

	private static TableItem row(Table table, String recordNo) {
		return Arrays.stream(table.getItems()).filter(i -> i.getText(COL_NO).equals(recordNo)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + recordNo));
	}
}
