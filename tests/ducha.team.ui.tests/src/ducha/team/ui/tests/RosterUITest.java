package ducha.team.ui.tests;

import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.MainWindow.show;
import static ducha.test.ui.ModalDialogs.onDialog;
import static ducha.test.ui.UiTesting.button;
import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.named;
import static ducha.test.ui.UiTesting.screenshot;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.settle;
import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.security.Principal;
import ducha.team.GroupService;
import ducha.team.RosterEntry;
import ducha.team.RosterService;
import ducha.team.SpecialistGroup;

/**
 * Inside the real workbench on the demo court, in Chinese, as the administrator: 选任… in the 督察员名册 appoints a
 * staff member found by name as 专职督察员 with the selection criteria, and the roster of the day lists them.
 */
class RosterUITest {

	private static final String DECISION = "院政〔界面测试〕1号";

	@Test
	void appointingASupervisorByNameShowsThemInTheRoster() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		Principal principal = principal();
		SupervisorService supervisors = service(SupervisorService.class);
		// someone who holds no role yet
		Staff chosen = service(DirectoryService.class).staff(new StaffQuery(null, EmploymentStatus.ACTIVE, null),
				principal).stream().filter(s -> supervisors.ofStaff(s.staffNo()).isEmpty()).findFirst().orElseThrow();

		MPart part = show(display, "ducha.team.ui.part.roster");
		Table list = named(widget(part), AppModel.WIDGET_KEY, "roster.list", Table.class);
		waitUntil(display, "the demo roster", () -> list.getItemCount() > 20);
		int before = list.getItemCount();

		onDialog(display, "选任督察员", dialog -> {
			named(dialog, AppModel.WIDGET_KEY, "appoint.search", Text.class).setText(chosen.name());
			Combo staff = named(dialog, AppModel.WIDGET_KEY, "appoint.staff", Combo.class);
			// namesakes are told apart by their 工号
			staff.select(Arrays.asList(staff.getItems()).indexOf(Arrays.stream(staff.getItems())
					.filter(item -> item.contains(chosen.staffNo())).findFirst().orElseThrow()));
			staff.notifyListeners(SWT.Selection, new Event());
			Combo role = named(dialog, AppModel.WIDGET_KEY, "appoint.role", Combo.class);
			role.select(Arrays.asList(role.getItems()).indexOf(SupervisorRole.FULL_TIME_SUPERVISOR.label()));
			role.notifyListeners(SWT.Selection, new Event());
			named(dialog, AppModel.WIDGET_KEY, "appoint.political", Text.class).setText("政治立场坚定");
			named(dialog, AppModel.WIDGET_KEY, "appoint.seniority", Text.class).setText("从事法院工作 10 年");
			named(dialog, AppModel.WIDGET_KEY, "appoint.decision", Text.class).setText(DECISION);
			click(button(dialog, "确定"));
		});
		click(button(widget(part), "选任…"));

		RosterService roster = service(RosterService.class);
		waitUntil(display, "the appointment", () -> !supervisors.ofStaff(chosen.staffNo()).isEmpty());
		RosterEntry appointed = roster.history(chosen.staffNo(), principal).get(0);
		assertEquals(SupervisorRole.FULL_TIME_SUPERVISOR, appointed.assignment().role());
		assertEquals(LocalDate.now(), appointed.assignment().startDate());
		assertEquals(DECISION, appointed.criteria().decisionRef());
		assertEquals("政治立场坚定", appointed.criteria().politicalAbility());

		waitUntil(display, "the new supervisor in the roster", () -> list.getItemCount() == before + 1
				&& Arrays.stream(list.getItems()).anyMatch(i -> i.getText(2).equals(chosen.staffNo())
						&& i.getText(3).equals(chosen.name()) && i.getText(0).equals("专职督察员")));
		waitUntil(display, "the appointment selected, its history below", () -> named(widget(part),
				AppModel.WIDGET_KEY, "roster.history", Table.class).getItemCount() == 1);
		assertTrue(List.of(list.getSelection()).stream().anyMatch(i -> i.getText(2).equals(chosen.staffNo())));
		settle(display);
		screenshot(display, "team-roster");
	}

	@Test
	void theGroupsViewShowsTheFiveDemoGroupsAndTheMembersOfTheSelectedOne() throws Exception {
		Display display = Display.getCurrent();
		MPart part = show(display, "ducha.team.ui.part.groups");
		Table list = named(widget(part), AppModel.WIDGET_KEY, "groups.list", Table.class);
		waitUntil(display, "the five demo groups", () -> list.getItemCount() == 5);
		selectGroup(list, "民商事");
		Table members = named(widget(part), AppModel.WIDGET_KEY, "groups.members", Table.class);
		waitUntil(display, "the members of 民商事", () -> members.getItemCount() >= 2);
		assertTrue(Arrays.stream(members.getItems()).anyMatch(i -> i.getText(5).equals("是")), "its leader is marked");
		settle(display);
		screenshot(display, "team-groups");
	}

	/**
	 * 改名… on a group another desktop renames while the form is open: the save is refused naming that desktop, the
	 * typed name stays until 重新载入 shows the stored one, and the next save renames the group.
	 */
	@Test
	void aRenameOvertakenByAnotherDesktopOffersToReloadAndThenSaves() throws Exception {
		Display display = Display.getCurrent();
		Principal principal = principal();
		GroupService groups = service(GroupService.class);
		MPart part = show(display, "ducha.team.ui.part.groups");
		Table list = named(widget(part), AppModel.WIDGET_KEY, "groups.list", Table.class);
		waitUntil(display, "the demo groups", () -> list.getItemCount() == 5);
		selectGroup(list, "刑事行政");
		SpecialistGroup shown = groups.groups(principal).stream().filter(g -> g.name().equals("刑事行政")).findFirst()
				.orElseThrow();
		List<String> seen = new ArrayList<>();
		Throwable[] failed = new Throwable[1];

		onDialog(display, "专业督察组改名", dialog -> {
			try {
				Text name = named(dialog, AppModel.WIDGET_KEY, "rename.name", Text.class);
				Button reload = button(dialog, "重新载入(&R)");
				groups.rename(shown.code(), "刑事审判", shown.version(), Principal.system("desk-two"));
				name.setText("刑事督察组");
				click(button(dialog, "确定"));
				waitUntil(display, "the refusal", reload::getVisible);
				seen.add(name.getText());
				seen.add(String.valueOf(button(dialog, "确定").isEnabled()));
				click(reload);
				waitUntil(display, "the reload", () -> !reload.getVisible());
				seen.add(name.getText());
				name.setText("刑事督察组");
				click(button(dialog, "确定"));
			} catch (Throwable e) {
				failed[0] = e;
				dialog.close();
			}
		});
		click(button(widget(part), "改名…"));

		if (failed[0] != null) {
			throw new AssertionError(failed[0]);
		}
		assertEquals(List.of("刑事督察组", "false", "刑事审判"), seen,
				"the typed name kept after the refusal, OK disabled, the stored name after 重新载入");
		waitUntil(display, "the rename", () -> groups.groups(principal).stream()
				.anyMatch(g -> g.code().equals(shown.code()) && g.name().equals("刑事督察组")));
	}

	/** Selects the group of the name in the list as a click would. */
	private static void selectGroup(Table list, String name) {
		int row = Arrays.asList(list.getItems()).indexOf(Arrays.stream(list.getItems())
				.filter(i -> i.getText(1).equals(name)).findFirst().orElseThrow());
		list.select(row);
		Event selection = new Event();
		selection.item = list.getItem(row);
		list.notifyListeners(SWT.Selection, selection);
	}
}
