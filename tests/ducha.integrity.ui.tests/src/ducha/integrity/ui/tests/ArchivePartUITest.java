package ducha.integrity.ui.tests;

import static ducha.test.ui.MainWindow.parts;
import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.ModalDialogs.onDialog;
import static ducha.test.ui.UiTesting.TIMEOUT;
import static ducha.test.ui.UiTesting.button;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.find;
import static ducha.test.ui.UiTesting.named;
import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.screenshot;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.app.AppModel;
import ducha.app.ui.DateField;
import ducha.app.ui.Pinyin;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.documents.NumberingService;
import ducha.core.ledger.LedgerService;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.ArchiveView;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.IntegrityReportService;
import ducha.integrity.Talk;
import ducha.integrity.TalkService;
import ducha.integrity.ui.IntegrityViews;
import ducha.test.ui.PrintPreviews;

/**
 * Inside the real workbench on the demo court, in Chinese: the navigator lists the integrity views; the archive
 * part, given a staff member who has talks or dispositions in the demo, shows that person's timeline; the home
 * dashboard draws the integrity charts of the current year.
 */
class ArchivePartUITest {

	@Test
	void choosingAStaffMemberShowsTheirArchiveTimelineInChinese() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		Principal principal = principal();
		assertNotNull(principal, "no Principal in the application context: the log-in failed");
		EPartService parts = parts(display);

		Tree navigator = find(widget(parts.findPart(AppModel.NAVIGATOR_PART_ID)), Tree.class).orElseThrow();
		TreeItem category = Arrays.stream(navigator.getItems()).filter(i -> i.getText().equals("廉政档案")).findFirst()
				.orElseThrow(() -> new AssertionError("the navigator has no group 廉政档案: " + Arrays.stream(
						navigator.getItems()).map(i -> i.getText() + Arrays.toString(Arrays.stream(i.getItems())
								.map(TreeItem::getText).toArray())).toList() + "; " + diagnostics()));
		assertEquals("[干警廉政档案, 风险防控清单, 规章制度, 清风书吧, 廉政教育活动, 思想动态分析]",
				Arrays.toString(Arrays.stream(category.getItems()).map(TreeItem::getText).toArray()));

		ArchiveView expected = demoStaffWithTalks(principal);
		MPart part = parts.showPart(IntegrityViews.ARCHIVE_PART_ID, PartState.ACTIVATE);
		choosePerson(display, part, expected.staff());

		Table timeline = find(widget(part), Table.class).orElseThrow();
		waitUntil(display, "the timeline", () -> timeline.getItemCount() > 0);
		assertEquals(expected.entries().size(), timeline.getItemCount());
		assertEquals(expected.entries().get(0).date().toString(), timeline.getItem(0).getText(0));
		assertTrue(Arrays.stream(timeline.getItems()).anyMatch(i -> i.getText(1).equals("三级约谈")),
				"no 三级约谈 row in the timeline");
		timeline.select(0);
		timeline.notifyListeners(SWT.Selection, null);
		settle(display);
		screenshot(display, "integrity-archive");

		MPart risk = parts.showPart(IntegrityViews.RISK_LIST_PART_ID, PartState.ACTIVATE);
		Table measures = find(widget(risk), Table.class).orElseThrow();
		waitUntil(display, "the risk list", () -> measures.getItemCount() > 0);
		assertEquals(47, measures.getItemCount(), "the demo risk list: 45 measures in force and 2 retired");
		settle(display);
		screenshot(display, "integrity-risk-list");
	}

	@Test
	void theTalkFormShowsItsValidationErrorAndStoresATalkIntoTheArchive() throws Exception {
		Display display = Display.getCurrent();
		Principal principal = principal();
		EPartService parts = parts(display);
		ArchiveView expected = demoStaffWithTalks(principal);
		MPart part = parts.showPart(IntegrityViews.ARCHIVE_PART_ID, PartState.ACTIVATE);
		choosePerson(display, part, expected.staff());
		Table timeline = find(widget(part), Table.class).orElseThrow();
		waitUntil(display, "the timeline", () -> timeline.getItemCount() == expected.entries().size());
		assertTrue(Arrays.stream(timeline.getItems()).anyMatch(i -> i.getText(3).equals("廉政档案")),
				"the source column names the plugin in Chinese");

		// the talker is chosen by typing part of a name; what the record prints names only the post
		Staff talker = talkerFoundByPartOfName(principal, expected.staff());
		String typed = talker.name().substring(1);
		List<String> seen = new ArrayList<>();
		onDialog(display, "记录约谈", dialog -> {
			Text search = named(dialog, AppModel.WIDGET_KEY, "talk.talker.search", Text.class);
			search.setText("查无此人");
			click(button(dialog, "确定"));
			seen.add(messageShown(dialog, "请选择谈话人"));
			screenshotLater(display, "integrity-talk-form");
			search.setText(typed);
			seen.add(named(dialog, AppModel.WIDGET_KEY, "talk.talker.staff", Combo.class).getText());
			named(dialog, AppModel.WIDGET_KEY, "talk.heldBy", Text.class).setText("分管副院长");
			named(dialog, AppModel.WIDGET_KEY, "talk.reason", Text.class).setText("界面测试：庭审中接听私人电话");
			click(button(dialog, "确定"));
		});
		click(button(widget(part), "记录约谈…"));
		waitUntil(display, "the stored talk in the timeline", () -> timeline.getItemCount() == expected.entries()
				.size() + 1);
		assertEquals("请选择谈话人（在上方输入姓名查找）。", seen.get(0));
		assertTrue(seen.get(1).startsWith(talker.name() + "（" + talker.staffNo() + "，"), seen.get(1));
		int stored = Arrays.asList(timeline.getItems()).indexOf(Arrays.stream(timeline.getItems())
				.filter(i -> i.getText(2).endsWith("界面测试：庭审中接听私人电话")).findFirst().orElseThrow());
		timeline.select(stored);
		timeline.notifyListeners(SWT.Selection, null);
		Text detail = find(widget(part), Text.class, t -> (t.getStyle() & SWT.MULTI) != 0).orElseThrow();
		assertTrue(detail.getText().contains("谈话人：分管副院长（" + talker.name() + "）"), detail.getText());
		seen.clear();

		onDialog(display, "记录处理", dialog -> {
			click(button(dialog, "确定"));
			seen.add(messageShown(dialog, "请填写处理依据"));
			screenshotLater(display, "integrity-disposition-form");
			editableTexts(dialog).get(0).setText("界面测试：违规使用公车");
			click(button(dialog, "确定"));
		});
		click(button(widget(part), "记录处理…"));
		waitUntil(display, "the stored disposition in the timeline", () -> timeline.getItemCount() == expected
				.entries().size() + 2);
		assertEquals(List.of("请填写处理依据。"), seen);
		assertTrue(Arrays.stream(timeline.getItems()).anyMatch(i -> i.getText(2).equals("谈话提醒：界面测试：违规使用公车")));
	}

	/**
	 * The form escalates a talk another desktop escalates while it is open: the save is refused naming that
	 * desktop, what was typed stays, 重新载入 lists the talks as stored (the talk can no longer be escalated) and the
	 * form then records the talk as a new one.
	 */
	@Test
	void aTalkEscalatedOnAnotherDesktopMeanwhileIsReloadedAndTheFormThenSaves() throws Exception {
		Display display = Display.getCurrent();
		Principal principal = principal();
		EPartService parts = parts(display);
		TalkService talks = service(TalkService.class);
		Talk open = escalatableDemoTalk(principal);
		Staff person = service(DirectoryService.class).staff(open.staffNo()).orElseThrow();
		MPart part = parts.showPart(IntegrityViews.ARCHIVE_PART_ID, PartState.ACTIVATE);
		choosePerson(display, part, person);
		Table timeline = find(widget(part), Table.class).orElseThrow();
		waitUntil(display, "the timeline", () -> timeline.getItemCount() > 0);
		int before = timeline.getItemCount();

		Staff talker = talkerFoundByPartOfName(principal, person);
		List<String> seen = new ArrayList<>();
		onDialog(display, "记录约谈", dialog -> {
			Combo from = named(dialog, AppModel.WIDGET_KEY, "talk.escalateFrom", Combo.class);
			from.select(Arrays.asList(from.getItems()).indexOf(Arrays.stream(from.getItems())
					.filter(i -> i.contains(open.recordNo())).findFirst().orElseThrow()));
			from.notifyListeners(SWT.Selection, null);
			named(dialog, AppModel.WIDGET_KEY, "talk.talker.search", Text.class).setText(talker.name().substring(1));
			Text reason = named(dialog, AppModel.WIDGET_KEY, "talk.reason", Text.class);
			reason.setText("界面测试：两台电脑同时升级");
			// another desktop escalates the same talk while this form shows it as open to escalation
			talks.escalate(open.id(), open.version(), Talk.of(open.staffNo(), open.level(), LocalDate.now(), "",
					talker.staffNo(), "另一台电脑的升级谈话", null, null), Principal.system("desk-two"));
			Button reload = button(dialog, "重新载入(&R)");
			seen.add(Boolean.toString(reload.getVisible()));
			click(button(dialog, "确定"));
			waitInside(display, reload::getVisible);
			seen.add(messageShown(dialog, "desk-two"));
			seen.add(reason.getText());
			seen.add(Boolean.toString(button(dialog, "确定").isEnabled()));
			click(reload);
			waitInside(display, () -> !reload.getVisible());
			seen.add(from.getText());
			seen.add(Boolean.toString(Arrays.stream(from.getItems()).anyMatch(i -> i.contains(open.recordNo()))));
			click(button(dialog, "确定"));
		});
		click(button(widget(part), "记录约谈…"));
		waitUntil(display, "the other desktop's escalation and the form's talk in the timeline",
				() -> timeline.getItemCount() == before + 2);
		assertEquals("false", seen.get(0), "nothing to reload before a save was refused");
		assertTrue(seen.get(1).contains("已被 desk-two"), seen.get(1));
		assertEquals("界面测试：两台电脑同时升级", seen.get(2), "what was typed stays");
		assertEquals("false", seen.get(3), "saving again would be refused again");
		assertEquals("（无，新的约谈）", seen.get(4), "the escalated talk is no longer offered");
		assertEquals("false", seen.get(5));
		assertTrue(talks.talks(person.staffNo(), principal).stream()
				.anyMatch(t -> t.reason().equals("界面测试：两台电脑同时升级") && t.escalatedFrom() == null));
	}

	/** A demo talk below the highest level that was not escalated yet. */
	private static Talk escalatableDemoTalk(Principal principal) {
		TalkService talks = service(TalkService.class);
		for (Staff staff : service(DirectoryService.class).staff(StaffQuery.ALL, principal)) {
			List<Talk> held = talks.talks(staff.staffNo(), principal);
			Optional<Talk> open = held.stream().filter(t -> t.level().next() != null
					&& held.stream().noneMatch(o -> Long.valueOf(t.id()).equals(o.escalatedFrom()))).findFirst();
			if (open.isPresent()) {
				return open.get();
			}
		}
		return fail("the demo court has no talk that can be escalated");
	}

	@Test
	void theRulesViewListsTheRulesAndItsFormShowsTheLedgersValidationErrors() throws Exception {
		Display display = Display.getCurrent();
		Principal principal = principal();
		EPartService parts = parts(display);
		int rules = service(LedgerService.class).kind("integrity.rules").orElseThrow().exportRows(principal).size();
		MPart part = parts.showPart(IntegrityViews.RULES_PART_ID, PartState.ACTIVATE);
		Table table = find(widget(part), Table.class).orElseThrow();
		waitUntil(display, "the rules", () -> table.getItemCount() == rules);
		assertTrue(rules >= 21, "the demo court has 21 rules: " + rules);
		settle(display);
		screenshot(display, "integrity-rules");

		List<String> seen = new ArrayList<>();
		onDialog(display, "规章制度", dialog -> {
			List<Text> fields = editableTexts(dialog);
			fields.get(0).setText("GZ-UI");
			fields.get(3).setText("2024-13-01");
			click(button(dialog, "确定"));
			waitInside(display, () -> !messageShown(dialog, "标题：必填项为空").isEmpty());
			seen.add(messageShown(dialog, "标题：必填项为空"));
			seen.add(messageShown(dialog, "施行日期："));
			screenshotNow(display, "integrity-rule-form");
			dialog.close();
		});
		click(button(widget(part), "新增…"));
		assertEquals(2, seen.size());
		assertTrue(seen.stream().noneMatch(String::isEmpty), "validation errors not shown: " + seen);
		assertEquals(rules, service(LedgerService.class).kind("integrity.rules").orElseThrow().exportRows(principal)
				.size(), "nothing stored from the rejected form");

		for (String id : List.of(IntegrityViews.READING_PART_ID, IntegrityViews.ACTIVITIES_PART_ID,
				IntegrityViews.ANALYSES_PART_ID)) {
			MPart view = parts.showPart(id, PartState.ACTIVATE);
			Table first = find(widget(view), Table.class).orElseThrow();
			waitUntil(display, id, () -> first.getItemCount() > 0);
			settle(display);
			screenshot(display, id.substring(id.lastIndexOf('.') + 1));
		}
	}

	@Test
	void theHomeDashboardShowsTheIntegrityChartsOfTheCurrentYear() throws Exception {
		Display display = Display.getCurrent();
		EPartService parts = parts(display);
		MPart home = parts.showPart(AppModel.HOME_PART_ID, PartState.ACTIVATE);
		int year = LocalDate.now().getYear();
		List<String> expected = List.of("处理人次（按部门）（" + year + "年）", "约谈次数（按月）（" + year + "年）");
		waitUntil(display, "the integrity charts on the home dashboard",
				() -> chartTitles(widget(home)).containsAll(expected));
		settle(display);
		screenshot(display, "home-dashboard");
	}

	/**
	 * 出具廉情报告… asks for its people by name, not 工号: the shown person is on the list, an empty list is refused
	 * with a message, and typing another colleague's 拼音 initials finds them for 添加.
	 */
	@Test
	void theIntegrityReportTakesItsPeopleByNameOrPinyinInitials() throws Exception {
		Display display = Display.getCurrent();
		Principal principal = principal();
		EPartService parts = parts(display);
		List<Staff> all = service(DirectoryService.class).staff(StaffQuery.ALL, principal);
		Staff person = all.get(0);
		// a colleague whose 拼音 initials no one else's name starts with, so that typing them finds them first
		Staff other = all.stream().filter(s -> !s.equals(person) && s.status().onStaff())
				.filter(s -> all.stream().filter(o -> Pinyin.initials(o.name()).startsWith(Pinyin.initials(s.name())))
						.count() == 1)
				.findFirst().orElseGet(() -> fail("no demo staff member has initials of their own"));
		MPart part = parts.showPart(IntegrityViews.ARCHIVE_PART_ID, PartState.ACTIVATE);
		choosePerson(display, part, person);
		waitUntil(display, "the archive of " + person.name(), () -> find(widget(part), Label.class,
				l -> l.getText().contains(person.name()) && l.getText().contains(person.staffNo())).isPresent());

		List<String> seen = new ArrayList<>();
		onDialog(display, "廉情报告", dialog -> {
			org.eclipse.swt.widgets.List chosen = named(dialog, AppModel.WIDGET_KEY, "report.staff.chosen",
					org.eclipse.swt.widgets.List.class);
			seen.add(String.join("|", chosen.getItems()));
			chosen.select(0);
			click(named(dialog, AppModel.WIDGET_KEY, "report.staff.remove", Button.class));
			seen.add(messageShown(dialog, "请至少添加"));
			seen.add(Boolean.toString(button(dialog, "确定").isEnabled()));
			named(dialog, AppModel.WIDGET_KEY, "report.staff.search", Text.class).setText(Pinyin.initials(other.name()));
			click(named(dialog, AppModel.WIDGET_KEY, "report.staff.add", Button.class));
			seen.add(String.join("|", chosen.getItems()));
			seen.add(Boolean.toString(button(dialog, "确定").isEnabled()));
			screenshotLater(display, "integrity-report-people");
			click(button(dialog, "取消"));
		});
		click(button(widget(part), "出具廉情报告…"));
		waitUntil(display, "the report dialog", () -> seen.size() == 5);
		assertEquals(person.name() + "（" + person.staffNo() + "）", seen.get(0), "the shown person, by name");
		assertEquals("请至少添加一名干警。", seen.get(1));
		assertEquals("false", seen.get(2));
		assertEquals(other.name() + "（" + other.staffNo() + "）", seen.get(3));
		assertEquals("true", seen.get(4));
	}

	/**
	 * 廉情报告预览… asks for the people as the issue does and shows the report page by page as a draft: its number line
	 * says so, and no number of the year is taken.
	 */
	@Test
	void theIntegrityReportsPreviewIsAnUnnumberedDraft() throws Exception {
		Display display = Display.getCurrent();
		Principal principal = principal();
		EPartService parts = parts(display);
		Staff person = service(DirectoryService.class).staff(StaffQuery.ALL, principal).get(1);
		MPart part = parts.showPart(IntegrityViews.ARCHIVE_PART_ID, PartState.ACTIVATE);
		choosePerson(display, part, person);
		waitUntil(display, "the archive of " + person.name(), () -> find(widget(part), Label.class,
				l -> l.getText().contains(person.name()) && l.getText().contains(person.staffNo())).isPresent());
		int year = LocalDate.now().getYear();
		int issuedBefore = service(NumberingService.class).lastIssued(IntegrityReportService.NUMBER_KIND, year);

		onDialog(display, "廉情报告", dialog -> click(button(dialog, "确定")));
		List<String> previewed = new ArrayList<>();
		PrintPreviews.read(display, person.name() + "同志廉情报告", previewed);
		click(named(widget(part), AppModel.WIDGET_KEY, "archive.reportPreview", Button.class));
		waitUntil(display, "the report's preview shown and closed", () -> previewed.size() == 2);
		assertTrue(previewed.get(0).matches("第 1 页 共 \\d+ 页"), previewed.get(0));
		assertTrue(previewed.get(1).contains(person.name() + "同志廉情报告"), previewed.get(1));
		assertTrue(previewed.get(1).contains("（草稿，出具时编号）"), "marked as a draft: " + previewed.get(1));
		assertEquals(issuedBefore, service(NumberingService.class).lastIssued(IntegrityReportService.NUMBER_KIND, year),
				"a preview takes no number");
	}

	/**
	 * Finds the person by 工号 in the archive's chooser (all readable staff offered while nothing is searched),
	 * which reads their archive.
	 */
	private static void choosePerson(Display display, MPart part, Staff person) throws InterruptedException {
		Text search = named(widget(part), AppModel.WIDGET_KEY, "archive.staff.search", Text.class);
		Combo staffChoice = named(widget(part), AppModel.WIDGET_KEY, "archive.staff.staff", Combo.class);
		search.setText("");
		waitUntil(display, "the staff list", () -> staffChoice.getItemCount() > 100);
		search.setText(person.staffNo());
		assertTrue(staffChoice.getText().startsWith(person.name() + "（" + person.staffNo() + "，"),
				staffChoice.getText());
	}

	/** Spins the event loop (inside a dialog's) until the condition holds or the timeout passes. */
	private static void waitInside(Display display, BooleanSupplier condition) {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static List<Text> editableTexts(Shell dialog) {
		return findAll(dialog, Text.class).stream()
				.filter(t -> t.getEditable() && (t.getStyle() & SWT.READ_ONLY) == 0)
				.filter(t -> !(t.getParent() instanceof DateField)).toList();
	}

	/** The text of the first label or text field showing the fragment, or "" when none does. */
	private static String messageShown(Shell dialog, String fragment) {
		List<String> texts = new ArrayList<>();
		findAll(dialog, Label.class).forEach(l -> texts.add(l.getText()));
		findAll(dialog, CLabel.class).forEach(l -> texts.add(l.getText() == null ? "" : l.getText()));
		findAll(dialog, Text.class).forEach(t -> texts.add(t.getText()));
		return texts.stream().filter(t -> t.contains(fragment)).map(String::strip).findFirst().orElse("");
	}

	private static void screenshotLater(Display display, String name) {
		// let the dialog paint its message first
		long end = System.nanoTime() + Duration.ofMillis(500).toNanos();
		waitInside(display, () -> System.nanoTime() > end);
		screenshotNow(display, name);
	}

	private static void screenshotNow(Display display, String name) {
		try {
			long end = System.nanoTime() + Duration.ofMillis(300).toNanos();
			waitInside(display, () -> System.nanoTime() > end);
			screenshot(display, name);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> chartTitles(Control root) {
		return findAll(root, Chart.class).stream().map(chart -> chart.getTitle().getText()).toList();
	}

	/**
	 * A staff member other than the person talked to whose given name (the name without its first character) no
	 * one else's name contains, so that typing it finds them alone.
	 */
	private static Staff talkerFoundByPartOfName(Principal principal, Staff talkedTo) {
		List<Staff> all = service(DirectoryService.class).staff(StaffQuery.ALL, principal);
		return all.stream().filter(s -> !s.equals(talkedTo) && s.name().length() > 1 && s.status().onStaff())
				.filter(s -> all.stream().filter(o -> o.name().contains(s.name().substring(1))
						|| o.staffNo().startsWith(s.name().substring(1))).count() == 1)
				.findFirst().orElseGet(() -> fail("no demo staff member is found alone by part of their name"));
	}

	/** A demo staff member whose archive of the last three years holds a talk (the demo seeds a few dozen). */
	private static ArchiveView demoStaffWithTalks(Principal principal) {
		IntegrityArchive archive = service(IntegrityArchive.class);
		LocalDate today = LocalDate.now();
		ArchiveFilter filter = ArchiveFilter.of(Period.of(today.minusYears(3).plusDays(1), today));
		for (Staff staff : service(DirectoryService.class).staff(StaffQuery.ALL, principal)) {
			ArchiveView view = archive.read(staff.staffNo(), filter, principal);
			if (view.kinds().containsKey("integrity.talk") && view.entries().size() >= 2) {
				return view;
			}
		}
		return fail("the demo court has no staff member with talks in the archive");
	}

	private static String diagnostics() {
		BundleContext context = FrameworkUtil.getBundle(ArchivePartUITest.class).getBundleContext();
		StringBuilder s = new StringBuilder();
		for (org.osgi.framework.Bundle b : context.getBundles()) {
			if (b.getSymbolicName().startsWith("ducha")) {
				s.append(b.getSymbolicName()).append('=').append(b.getState()).append(' ');
			}
		}
		for (var e : org.eclipse.core.runtime.Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.e4.workbench.model")) {
			s.append(e.getContributor().getName()).append(':').append(e.getAttribute("uri")).append(' ');
		}
		return s.toString();
	}
}
