package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.ReviewFinding;
import ducha.cases.FindingType;
import ducha.cases.OrderStatus;
import ducha.cases.ReviewService;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.cases.ui.CasesViews;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.test.ui.ModalDialogs;
import ducha.test.ui.UiTesting;
import ducha.test.ui.PrintPreviews;

/**
 * Inside the real workbench on the demo court, in Chinese: an order issued through the service appears in 督办 with
 * its days left, 开始办理 moves it on and the case's tracking record shows both steps; a finding with its talk
 * appears in 评查 and a bulletin is issued from it through the form; the rule form refuses a bad threshold.
 */
class SupervisionPartsUITest {

	@Test
	void anOrderIssuedThroughTheServiceIsListedStartedFromTheViewAndTracked() throws Exception {
		Workbench bench = new Workbench();
		CaseRecord target = someCase(bench);
		String subject = "督促审结并报告进展 " + System.nanoTime();
		SupervisionOrder order = Workbench.service(SupervisionService.class).issue(target.number().text(),
				SupervisionLevel.VICE_PRESIDENT, target.judgeNo(), LocalDate.now(), LocalDate.now().plusDays(20),
				subject, bench.principal);

		MPart part = bench.show(CasesViews.ORDERS_PART_ID);
		Table orders = Workbench.named(part, "orders.table", Table.class);
		bench.waitUntil("the new order in the table", () -> row(orders, subject).isPresent());
		TableItem item = row(orders, subject).orElseThrow();
		assertEquals(target.number().text(), item.getText(1));
		assertEquals("分管院领导", item.getText(3));
		assertEquals("20", item.getText(7), "days left until the deadline");
		assertEquals("待办理", item.getText(8));

		select(orders, item);
		Table timeline = Workbench.named(part, "orders.timeline", Table.class);
		bench.waitUntil("the case's tracking record", () -> kinds(timeline).contains("下达督办"));
		Button start = Workbench.named(part, "orders.start", Button.class);
		assertTrue(start.isEnabled(), "an open order can be started");
		Button approve = Workbench.named(part, "orders.approve", Button.class);
		assertFalse(approve.isEnabled(), "nothing to approve: no extension was requested");
		Workbench.service(SupervisionService.class).requestExtension(order.id(), LocalDate.now(),
				LocalDate.now().plusDays(40), "鉴定未完成", bench.principal);
		select(orders, row(orders, subject).orElseThrow());
		bench.waitUntil("the request in the tracking record", () -> kinds(timeline).contains("申请延期"));
		bench.waitUntil("批准延期 offered for the request", approve::isEnabled);
		start.notifyListeners(SWT.Selection, null);
		bench.waitUntil("the order in progress", () -> row(orders, subject).map(i -> i.getText(8))
				.filter("办理中"::equals).isPresent());
		bench.waitUntil("the start in the tracking record", () -> kinds(timeline).contains("开始办理"));
		assertEquals(order.id(), Long.parseLong(row(orders, subject).orElseThrow().getText(0)));
		bench.settle();
		bench.screenshot("cases-orders");
	}

	@Test
	void aRefusedOrderKeepsTheDialogOpenWithEverythingTypedAndShowsTheRefusal() throws Exception {
		Workbench bench = new Workbench();
		CaseRecord target = someCase(bench);
		String subject = "限期报告审理进展 " + System.nanoTime();
		MPart part = bench.show(CasesViews.ORDERS_PART_ID);
		Button issue = Workbench.named(part, "orders.new", Button.class);
		bench.waitUntil("新建督办 enabled", issue::isEnabled);

		List<String> kept = new ArrayList<>();
		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicBoolean openAfterRefusal = new AtomicBoolean();
		AtomicReference<String> chosen = new AtomicReference<>();
		ModalDialogs.onDialog(bench.display, "新建督办", dialog -> {
			Text caseNo = UiTesting.named(dialog, AppModel.WIDGET_KEY, "order.case", Text.class);
			caseNo.setText(target.number().text());
			Combo level = UiTesting.named(dialog, AppModel.WIDGET_KEY, "order.level", Combo.class);
			level.select(1);
			level.notifyListeners(SWT.Selection, new Event());
			// the rule: a deadline after the day of issue; today is refused by the service, not by the form
			DateField deadline = UiTesting.named(dialog, AppModel.WIDGET_KEY, "order.deadline", DateField.class);
			Forms.setDay(deadline, LocalDate.now());
			deadline.notifyListeners(SWT.Selection, new Event());
			// the responsible person is chosen by name: no field takes a typed 工号 any more
			assertTrue(UiTesting.find(dialog, Text.class,
					t -> "order.responsible".equals(t.getData(AppModel.WIDGET_KEY))).isEmpty(),
					"no free-text 工号 field");
			Text search = UiTesting.named(dialog, AppModel.WIDGET_KEY, "order.responsible.search", Text.class);
			search.setText(target.judgeNo());
			Combo responsible = UiTesting.named(dialog, AppModel.WIDGET_KEY, "order.responsible.staff", Combo.class);
			chosen.set(responsible.getText());
			Text what = UiTesting.named(dialog, AppModel.WIDGET_KEY, "order.subject", Text.class);
			what.setText(subject);
			TitleAreaDialog form = (TitleAreaDialog) dialog.getData();
			UiTesting.click(dialog.getDefaultButton());
			try {
				UiTesting.waitUntil(bench.display, "the refusal in the dialog", () -> form.getErrorMessage() != null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			refusal.set(form.getErrorMessage());
			openAfterRefusal.set(!dialog.isDisposed() && dialog.isVisible());
			kept.addAll(List.of(caseNo.getText(), level.getText(), Forms.day(deadline).toString(),
					responsible.getText(), what.getText()));
			dialog.close();
		});
		UiTesting.click(issue);
		// the form opens once the staff to choose from are read
		bench.waitUntil("the 新建督办 form filled and refused", () -> !kept.isEmpty());

		assertTrue(openAfterRefusal.get(), "the dialog stays open after the refusal");
		assertEquals("督办期限 " + LocalDate.now() + " 应晚于交办日期 " + LocalDate.now(), refusal.get());
		Staff judge = Workbench.service(DirectoryService.class).staff(target.judgeNo()).orElseThrow();
		assertTrue(chosen.get().startsWith(judge.name() + "（" + judge.staffNo() + "，"),
				"typing the 工号 chose the judge, shown by name: " + chosen.get());
		assertEquals(List.of(target.number().text(), SupervisionLevel.values()[1].label(), LocalDate.now().toString(),
				chosen.get(), subject), kept, "everything typed and chosen is still there");
		assertTrue(Workbench.service(SupervisionService.class).orders(null, bench.principal).stream()
				.noneMatch(o -> o.subject().equals(subject)), "nothing stored");
	}

	@Test
	void theOverdueOrdersTileOpensTheOrdersFilteredToTheOverdueOnes() throws Exception {
		Workbench bench = new Workbench();
		CaseRecord target = someCase(bench);
		SupervisionService supervision = Workbench.service(SupervisionService.class);
		String subject = "逾期未报告进展 " + System.nanoTime();
		supervision.issue(target.number().text(), SupervisionLevel.VICE_PRESIDENT, target.judgeNo(),
				LocalDate.now().minusDays(20), LocalDate.now().minusDays(1), subject, bench.principal);
		supervision.sweep(LocalDate.now(), bench.principal);
		long overdue = supervision.countOverdue(bench.principal);
		assertTrue(overdue >= 1, "the sweep found the order overdue");

		MPart home = bench.show(AppModel.HOME_PART_ID);
		bench.waitUntil("the 超期督办 tile", () -> UiTesting.find(Workbench.widget(home), Label.class,
				l -> l.getText().equals("超期督办")).isPresent());
		Label tile = UiTesting.find(Workbench.widget(home), Label.class, l -> l.getText().equals("超期督办"))
				.orElseThrow();
		tile.notifyListeners(SWT.MouseUp, new Event());

		MPart part = bench.parts.findPart(CasesViews.ORDERS_PART_ID);
		assertEquals(part, bench.parts.getActivePart(), "the tile opened 督办");
		Combo filter = Workbench.named(part, "orders.filter", Combo.class);
		Table orders = Workbench.named(part, "orders.table", Table.class);
		try {
			assertEquals(OrderStatus.OVERDUE.label(), filter.getText(), "filtered to what the tile counts");
			bench.waitUntil("the overdue order listed", () -> row(orders, subject).isPresent());
			assertEquals(overdue, orders.getItemCount(), "the tile's count is the list's");
			assertTrue(Arrays.stream(orders.getItems()).allMatch(i -> i.getText(8).equals(OrderStatus.OVERDUE.label())),
					"only overdue orders");

			// what is shown is what 导出所显示的行… writes, in the status line's words
			Path file = Files.createTempFile("督办", ".xlsx");
			FileDialogs.answerWith(dialog -> file.toString());
			Menu menu = orders.getMenu();
			menu.notifyListeners(SWT.Show, new Event());
			Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("导出所显示的行…")).findFirst().orElseThrow()
					.notifyListeners(SWT.Selection, new Event());
			Label status = Workbench.named(part, "orders.status", Label.class);
			bench.waitUntil("the export in the status line", () -> status.getText().contains(file.toString()));
			try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
				org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
				assertEquals(orders.getItemCount(), sheet.getLastRowNum(), "the rows shown");
				for (int r = 0; r < orders.getItemCount(); r++) {
					assertEquals(orders.getItem(r).getText(2), sheet.getRow(r + 1).getCell(2).getStringCellValue());
					assertEquals(orders.getItem(r).getText(6), sheet.getRow(r + 1).getCell(6).getLocalDateTimeCellValue()
							.toLocalDate().toString(), "期限 as a date");
				}
			} finally {
				FileDialogs.answerWith(null);
				Files.deleteIfExists(file);
			}
		} finally {
			// the other tests find 督办 unfiltered
			filter.select(0);
			filter.notifyListeners(SWT.Selection, new Event());
		}
	}

	@Test
	void closingAnOrderAsksFirstAndACancelledQuestionKeepsTheDialog() throws Exception {
		Workbench bench = new Workbench();
		CaseRecord target = someCase(bench);
		SupervisionService supervision = Workbench.service(SupervisionService.class);
		String subject = "限期办结并报告 " + System.nanoTime();
		SupervisionOrder order = supervision.issue(target.number().text(), SupervisionLevel.DEPARTMENT_HEAD,
				target.judgeNo(), LocalDate.now(), LocalDate.now().plusDays(10), subject, bench.principal);
		MPart part = bench.show(CasesViews.ORDERS_PART_ID);
		Table orders = Workbench.named(part, "orders.table", Table.class);
		Workbench.named(part, "orders.reload", Button.class).notifyListeners(SWT.Selection, new Event());
		bench.waitUntil("the order listed", () -> row(orders, subject).isPresent());
		select(orders, row(orders, subject).orElseThrow());
		Button close = Workbench.named(part, "orders.close", Button.class);
		bench.waitUntil("办结 enabled", close::isEnabled);

		List<String> questions = new ArrayList<>();
		AtomicBoolean keptAfterCancel = new AtomicBoolean();
		ModalDialogs.onDialog(bench.display, "办结…", dialog -> {
			Text result = UiTesting.named(dialog, AppModel.WIDGET_KEY, "text.value", Text.class);
			result.setText("已审结并书面报告");
			Button ok = dialog.getDefaultButton();
			// first the user thinks better of it
			ModalDialogs.onDialog(bench.display, "请确认", question -> {
				questions.add(question(question));
				UiTesting.click(UiTesting.findAll(question, Button.class).stream()
						.filter(b -> !b.getText().equals("办结")).findFirst().orElseThrow());
			});
			UiTesting.click(ok);
			keptAfterCancel.set(!dialog.isDisposed() && result.getText().equals("已审结并书面报告"));
			// then closes it
			ModalDialogs.onDialog(bench.display, "请确认", question -> UiTesting.click(UiTesting.button(question, "办结")));
			UiTesting.click(ok);
		});
		UiTesting.click(close);

		assertEquals(1, questions.size(), "OK asked before closing");
		assertTrue(questions.get(0).contains(String.valueOf(order.id())) && questions.get(0).contains("不能"),
				questions.get(0));
		assertTrue(keptAfterCancel.get(), "取消 in the question leaves the dialog as typed");
		bench.waitUntil("the order closed", () -> supervision.order(order.id(), bench.principal).status()
				== OrderStatus.CLOSED);
	}

	@Test
	void aFindingWithItsTalkIsShownAndABulletinIsIssuedFromIt() throws Exception {
		Workbench bench = new Workbench();
		CaseRecord target = someCase(bench);
		ReviewService review = Workbench.service(ReviewService.class);
		String description = "裁判文书未载明诉讼费负担 " + System.nanoTime();
		ReviewFinding finding = review.addFinding(target.number().text(), FindingType.INACCURATE_WORDING,
				target.judgeNo(), LocalDate.now(), description, bench.principal);
		review.holdTalk(finding.id(), LocalDate.now(), target.judgeNo(), null, "指出文书瑕疵，要求加强校对",
				bench.principal);

		MPart part = bench.show(CasesViews.REVIEW_PART_ID);
		Table findings = Workbench.named(part, "review.findings", Table.class);
		bench.waitUntil("the finding in the table", () -> row(findings, description).isPresent());
		TableItem item = row(findings, description).orElseThrow();
		assertEquals("裁判文书表述不准确", item.getText(1));
		assertEquals("", item.getText(7), "not in a bulletin yet");
		select(findings, item);
		TabFolder tabs = Workbench.named(part, "review.tabs", TabFolder.class);
		tabs.setSelection(1);
		Table talks = Workbench.named(part, "talk.table", Table.class);
		bench.waitUntil("the talk of the finding", () -> talks.getItemCount() == 1);
		assertEquals("指出文书瑕疵，要求加强校对", talks.getItem(0).getText(3));
		// a day that cannot be read: nothing is held, the day's problem is shown in the status line, nothing logged
		DateField talkDate = Workbench.named(part, "talk.date", DateField.class);
		talkDate.text().setText("2024-13-45");
		Workbench.named(part, "talk.content", Text.class).setText("不应记下的谈话");
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			Workbench.named(part, "talk.hold", Button.class).notifyListeners(SWT.Selection, null);
			bench.settle();
		} finally {
			Platform.removeLogListener(listener);
		}
		Label status = Workbench.named(part, "review.status", Label.class);
		assertEquals("未办成：日期：“2024-13-45”不是日期：请写成 2024-03-05、2024/3/5 或 2024年3月5日", status.getText());
		assertEquals(List.of(), logged, "a day that cannot be read is no bug");
		assertEquals(1, review.talks(finding.id()).size(), "nothing stored");
		assertEquals(1, talks.getItemCount());
		talkDate.setDay(LocalDate.now());
		// a second talk through the form: who held it is chosen by name (typing the 工号 finds them)
		Staff judge = Workbench.service(DirectoryService.class).staff(target.judgeNo()).orElseThrow();
		Combo heldBy = Workbench.named(part, "talk.heldBy.staff", Combo.class);
		bench.waitUntil("the staff offered to the talk form", () -> heldBy.getItemCount() > 0);
		Workbench.named(part, "talk.heldBy.search", Text.class).setText(judge.staffNo());
		assertTrue(heldBy.getText().startsWith(judge.name() + "（" + judge.staffNo() + "，"), heldBy.getText());
		Workbench.named(part, "talk.content", Text.class).setText("复查校对情况");
		Workbench.named(part, "talk.hold", Button.class).notifyListeners(SWT.Selection, null);
		bench.waitUntil("the talk held through the form", () -> talks.getItemCount() == 2);
		assertTrue(Arrays.stream(talks.getItems()).filter(i -> i.getText(3).equals("复查校对情况"))
				.allMatch(i -> i.getText(1).contains(judge.name())), "the talk lists who held it by name");
		bench.settle();
		bench.screenshot("cases-review-talks");

		tabs.setSelection(3);
		Workbench.named(part, "bulletin.title", Text.class).setText("关于裁判文书质量问题的案件通报");
		Workbench.named(part, "bulletin.issue", Button.class).notifyListeners(SWT.Selection, null);
		bench.waitUntil("the finding gathered in a bulletin",
				() -> row(findings, description).map(i -> i.getText(7)).filter(s -> s.contains("年第")).isPresent());
		Table bulletins = Workbench.named(part, "bulletin.table", Table.class);
		String label = row(findings, description).orElseThrow().getText(7);
		assertTrue(Arrays.stream(bulletins.getItems()).anyMatch(i -> i.getText(0).equals(label)),
				"the bulletin " + label + " in the list");
		bench.settle();
		bench.screenshot("cases-review-bulletins");

		// 打印预览… shows the bulletin as it prints: its title, the finding's paragraph, page by page
		select(bulletins, row(bulletins, label).orElseThrow());
		Button preview = Workbench.named(part, "bulletin.print", Button.class);
		assertTrue(preview.isEnabled(), "a selected bulletin can be previewed");
		List<String> seen = new ArrayList<>();
		PrintPreviews.read(bench.display, "案件通报" + label, seen);
		preview.notifyListeners(SWT.Selection, null);
		bench.waitUntil("the preview shown and closed", () -> seen.size() == 2);
		assertTrue(seen.get(0).matches("第 1 页 共 \\d+ 页"), seen.get(0));
		// a line may break where the description has its space
		String text = seen.get(1).replace(" ", "");
		assertTrue(text.contains("关于裁判文书质量问题的案件通报"), "the bulletin's title: " + text);
		assertTrue(text.contains("案号：" + target.number().text()), "the finding's paragraph");
		assertTrue(text.contains(description.replace(" ", "")), "what was found");
	}

	@Test
	void theRuleFormRefusesAThresholdThatIsNotAPositiveNumber() throws Exception {
		Workbench bench = new Workbench();
		MPart part = bench.show(CasesViews.RULES_PART_ID);
		Table rules = Workbench.named(part, "rules.table", Table.class);
		bench.waitUntil("the rule table", () -> rules.getItemCount() > 0);
		int before = rules.getItemCount();
		Workbench.named(part, "rule.new", Button.class).notifyListeners(SWT.Selection, null);
		Workbench.named(part, "rule.days", Text.class).setText("一年");
		Workbench.named(part, "rule.label", Text.class).setText("立案满一年");
		Workbench.named(part, "rule.save", Button.class).notifyListeners(SWT.Selection, null);
		Label status = Workbench.named(part, "rules.status", Label.class);
		assertTrue(status.getText().contains("正整数") && status.getText().contains("一年"), status.getText());
		bench.settle();
		assertEquals(before, rules.getItemCount(), "nothing stored");
		assertFalse(status.getText().isBlank());
		bench.screenshot("cases-rules");
	}

	private static CaseRecord someCase(Workbench bench) {
		List<CaseRecord> first = Workbench.service(CaseRegister.class).page(CaseQuery.ALL, null, 1, bench.principal)
				.rows();
		assertFalse(first.isEmpty(), "the demo court has cases");
		return first.get(0);
	}

	private static Optional<TableItem> row(Table table, String text) {
		return Arrays.stream(table.getItems()).filter(i -> {
			for (int c = 0; c < table.getColumnCount(); c++) {
				if (i.getText(c).equals(text)) {
					return true;
				}
			}
			return false;
		}).findFirst();
	}

	/** The text of a question dialog (its message label). */
	private static String question(Shell shell) {
		return UiTesting.findAll(shell, Label.class).stream().map(Label::getText).filter(t -> !t.isBlank())
				.reduce("", (a, b) -> a + b);
	}

	private static List<String> kinds(Table timeline) {
		return Arrays.stream(timeline.getItems()).map(i -> i.getText(2)).toList();
	}

	/** Selects the row as a click would: the viewer hears of it through the selection event. */
	private static void select(Table table, TableItem item) {
		table.setSelection(item);
		table.notifyListeners(SWT.Selection, null);
	}
}
