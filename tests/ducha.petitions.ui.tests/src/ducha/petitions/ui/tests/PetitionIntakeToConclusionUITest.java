package ducha.petitions.ui.tests;

import static ducha.petitions.ui.tests.UiHarness.control;
import static ducha.petitions.ui.tests.UiHarness.open;
import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.ModalDialogs.onDialog;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.findAll;
import static ducha.test.ui.UiTesting.screenshot;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.Principal;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionState;
import ducha.petitions.ui.PetitionsUi;
import ducha.test.ui.PrintPreviews;

/**
 * Inside the real workbench, logged in as the office director: registers a petition through the intake form,
 * assigns it, starts verification and records the conclusion with the detail pane's buttons; the list shows the
 * reporter as 受保护 until it is revealed with a reason. Then, on the casework tab, writes a handler note, clears
 * the wrongly accused judge and transfers the petition to the supervisor.
 */
class PetitionIntakeToConclusionUITest {

	@Test
	void theDirectorWalksAPetitionFromIntakeToConclusionAndClearance() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread");
		Principal principal = principal();
		assertEquals("director", principal.username());

		Composite root = open(display, PetitionsUi.PART_ID);
		Table list = control(root, "list", Table.class);
		Label status = control(root, "status", Label.class);
		// the first load is done when the status line shows the summary (共 n 件…)
		waitUntil(display, () -> "the list to load; status line: " + status.getText(),
				() -> status.getText().startsWith("共 "));
		int before = list.getItemCount();

		control(root, "intake.name", Text.class).setText("周建华");
		control(root, "intake.contact", Text.class).setText("13800001111");
		Staff judge = service(DirectoryService.class)
				.staff(new StaffQuery(null, EmploymentStatus.ACTIVE, null), principal).stream()
				.filter(staff -> "审判员".equals(staff.position())).findFirst().orElseThrow();
		String accused = judge.staffNo();
		// the staff reported are chosen by name: typing the 工号 finds the judge, 添加 puts them on the list
		Combo reportedChoice = control(root, "intake.reported.staff", Combo.class);
		waitUntil(display, "the staff offered", () -> reportedChoice.getItemCount() > 0);
		control(root, "intake.reported.search", Text.class).setText(accused);
		click(control(root, "intake.reported.add", Button.class));
		assertEquals(List.of(judge.name() + "（" + accused + "）"), Arrays.asList(
				control(root, "intake.reported.chosen", org.eclipse.swt.widgets.List.class).getItems()));
		control(root, "intake.summary", Text.class).setText("来信反映其在案件审理中违规会见一方当事人。");
		click(control(root, "intake.register", Button.class));
		waitUntil(display, "the new petition in the list", () -> list.getItemCount() == before + 1);
		Label facts = control(root, "detail.facts", Label.class);
		waitUntil(display, "the new petition in the detail pane", () -> facts.getText().contains("周建华") == false
				&& facts.getText().contains(accused) && facts.getText().contains(Petition.PROTECTED));
		String number = newest(principal).number();
		assertTrue(facts.getText().contains(number), facts.getText());
		assertTrue(Arrays.stream(list.getItems()).noneMatch(i -> i.getText(3).contains("周建华")));

		// the handlers are accounts chosen by their people; a new petition offers the user's own account
		org.eclipse.swt.widgets.List handlers = control(root, "detail.handlers.chosen",
				org.eclipse.swt.widgets.List.class);
		waitUntil(display, () -> "the director's account by name: " + Arrays.asList(handlers.getItems()),
				() -> handlers.getItemCount() == 1 && handlers.getItem(0).endsWith("/director")
						&& handlers.getItem(0).startsWith(principal.displayName()));
		step(display, control(root, "detail.assign", Button.class), number, principal, PetitionState.ASSIGNED);
		step(display, control(root, "detail.verify", Button.class), number, principal, PetitionState.VERIFYING);

		Label reporter = control(root, "detail.reporter", Label.class);
		control(root, "detail.reason", Text.class).setText("需联系举报人补充线索");
		click(control(root, "detail.reveal", Button.class));
		waitUntil(display, "the revealed reporter", () -> reporter.getText().contains("周建华"));

		control(root, "detail.remarks", Text.class).setText("经调取庭审录像、询问当事人，未发现违规会见的事实。");
		Combo conclusion = control(root, "detail.conclusion", Combo.class);
		conclusion.select(Arrays.asList(conclusion.getItems()).indexOf("不实"));
		step(display, control(root, "detail.conclude", Button.class), number, principal, PetitionState.CONCLUDED);
		waitUntil(display, "the conclusion in the detail pane", () -> facts.getText().contains("不实"));
		assertFalse(reporter.getText().contains("周建华"), "the identity leaves the screen when the pane refreshes");
		settle(display);
		screenshot(display, "petitions-intake-to-conclusion");

		casework(display, root, number, accused, principal);
	}

	/** Notes, clearance and transfer on the casework tab of the concluded petition. */
	private void casework(Display display, Composite root, String number, String accused, Principal principal)
			throws Exception {
		TabFolder tabs = control(root, "tabs", TabFolder.class);
		tabs.setSelection(2);
		Text notes = control(root, "notes.list", Text.class);
		Button addNote = control(root, "notes.add", Button.class);
		waitUntil(display, "the notes to load", addNote::isEnabled);
		control(root, "notes.text", Text.class).setText("已约谈被反映人，其说明情况属实。");
		click(addNote);
		waitUntil(display, () -> "the note in the list: " + notes.getText(),
				() -> notes.getText().contains("已约谈被反映人"));
		// the note's author by name (the director's account is named after its staff member), not the log-in name
		assertTrue(notes.getText().contains("  " + principal.displayName() + "\n"), notes.getText());
		assertFalse(notes.getText().contains("  " + principal.username() + "\n"), notes.getText());

		// who read the identity, and why: the log keeps the reason sealed, the handler reads it here
		Button reads = control(root, "attachments.reads", Button.class);
		waitUntil(display, "the reads button enabled for the handler", reads::isEnabled);
		StringBuilder readsShown = new StringBuilder();
		onDialog(display, number + " 的查阅记录", dialog -> {
			findAll(dialog, Label.class).forEach(label -> readsShown.append(label.getText()).append('\n'));
			dialog.close();
		});
		click(reads);
		waitUntil(display, "the reads dialog", () -> readsShown.length() > 0);
		assertTrue(readsShown.toString().contains("举报人身份") && readsShown.toString().contains("需联系举报人补充线索"),
				readsShown::toString);

		Button issue = control(root, "clearance.issue", Button.class);
		waitUntil(display, "the clearance button enabled for 不实", issue::isEnabled);
		// the staff named by name and 工号, not the bare number
		String named = service(DirectoryService.class).staff(accused).orElseThrow().label();
		assertEquals(named, control(root, "clearance.staff", Combo.class).getText());
		click(issue);
		Table clearances = control(root, "clearance.list", Table.class);
		waitUntil(display, "the clearance in the list", () -> clearances.getItemCount() == 1
				&& clearances.getItem(0).getText(0).equals(named));
		assertTrue(control(root, "clearance.pdf", Button.class).isEnabled());

		// 打印预览… shows the notice as it prints, numbered as its export would be
		Button print = control(root, "clearance.print", Button.class);
		assertTrue(print.isEnabled(), "a selected clearance can be previewed");
		List<String> printed = new ArrayList<>();
		PrintPreviews.read(display, "澄清通知书-" + accused, printed);
		click(print);
		waitUntil(display, "the preview shown and closed", () -> printed.size() == 2);
		waitUntil(display, "the notice's number in the list",
				() -> clearances.getItemCount() == 1 && clearances.getItem(0).getText(2).contains("年第"));
		String text = printed.get(1).replace(" ", "");
		assertTrue(text.contains("不实信访举报澄清通知书"), "the notice's title: " + text);
		assertTrue(text.contains(clearances.getItem(0).getText(2)), "the notice's number: " + text);

		// the new handler is chosen by name from the accounts, the old one shown by name too
		Combo from = control(root, "transfer.from", Combo.class);
		assertTrue(from.getText().startsWith(principal.displayName()) && from.getText().endsWith("/director"),
				from::getText);
		Combo to = control(root, "transfer.to.account", Combo.class);
		waitUntil(display, "the accounts offered", () -> to.getItemCount() > 0);
		control(root, "transfer.to.search", Text.class).setText("supervisor");
		assertTrue(to.getText().endsWith("/supervisor"), to::getText);
		control(root, "transfer.reason", Text.class).setText("工作调整，改由专职督察员承办");
		click(control(root, "transfer.run", Button.class));
		waitUntil(display, "the transfer", () -> service(PetitionService.class).get(number, principal).handlers()
				.equals(List.of("supervisor")));
		settle(display);
		screenshot(display, "petitions-casework");
		ScrolledComposite column = control(root, "casework", ScrolledComposite.class);
		column.setOrigin(0, column.getContent().getSize().y);
		settle(display);
		screenshot(display, "petitions-casework-clearance");

		// the home dashboard with the petitions tiles and the received-per-month chart
		open(display, AppModel.HOME_PART_ID);
		settle(display);
		settle(display);
		screenshot(display, "petitions-home");
	}

	private static Petition newest(Principal principal) {
		return service(PetitionService.class).list(principal).stream()
				.filter(p -> p.summary().startsWith("来信反映其在案件审理中违规会见")).findFirst().orElseThrow();
	}

	private void step(Display display, Button button, String number, Principal principal, PetitionState expected)
			throws InterruptedException {
		waitUntil(display, button.getText() + " to be enabled by the shown state", button::isEnabled);
		click(button);
		Label status = control(button.getShell(), "status", Label.class);
		waitUntil(display, () -> number + " " + expected.label() + "; status line: " + status.getText(),
				() -> service(PetitionService.class).get(number, principal).state() == expected);
	}
}
