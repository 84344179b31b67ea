package ducha.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.PeopleNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.UserService;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/**
 * Find and open on the platform alone (no plugin installed): the quick-find finds a staff member by name and opens
 * the read-only detail in 干警名册; the kit's lists open a row on double-click and offer the view's buttons on
 * right-click; names stand for 工号 and log-ins.
 */
class FindAndOpenUITest {

	private final Display display = Display.getCurrent();
	private final List<Shell> opened = new ArrayList<>();

	@AfterEach
	void closeShells() {
		opened.forEach(Shell::dispose);
		for (String name : new String[] { "quickfind.results", "staff.detail" }) {
			shell(name).ifPresent(Shell::close);
		}
	}

	@Test
	void theQuickFindFindsAStaffMemberByNameAndOpensTheirDetail() throws Exception {
		Staff someone = UiTesting.service(DirectoryService.class).staff(StaffQuery.ALL, MainWindow.principal()).get(5);
		Shell main = (Shell) MainWindow.window().getWidget();
		Text box = UiTesting.named(main, AppModel.WIDGET_KEY, "quickfind.text", Text.class);
		box.setText(someone.name());
		box.notifyListeners(SWT.DefaultSelection, new Event());
		UiTesting.waitUntil(display, "the quick-find's results", () -> shell("quickfind.results").isPresent());
		Table hits = UiTesting.named(shell("quickfind.results").orElseThrow(), AppModel.WIDGET_KEY, "quickfind.hits",
				Table.class);
		UiTesting.waitUntil(display, "the hits", () -> hits.getItemCount() > 0);
		String title = someone.name() + "（" + someone.staffNo() + "）";
		int row = Arrays.asList(hits.getItems()).stream().map(i -> i.getText(1)).toList().indexOf(title);
		assertTrue(row >= 0, "the staff member among the hits");
		assertEquals("干警", hits.getItem(row).getText(0));
		hits.setSelection(row);
		hits.notifyListeners(SWT.DefaultSelection, new Event());

		UiTesting.waitUntil(display, "the staff member's detail", () -> shell("staff.detail").isPresent());
		Label number = UiTesting.named(shell("staff.detail").orElseThrow(), AppModel.WIDGET_KEY,
				"staff.detail.staff_no", Label.class);
		assertEquals(someone.staffNo(), number.getText());
		EPartService parts = MainWindow.parts(display);
		MPart staff = parts.findPart(AppModel.STAFF_PART_ID);
		assertEquals(staff, parts.getActivePart(), "the hit opened 干警名册");

		// 重新载入 shows everyone again: the other tests of this workbench find 干警名册 as a user left it unfiltered
		shell("staff.detail").ifPresent(Shell::close);
		Button reload = UiTesting.named(UiTesting.widget(staff), AppModel.WIDGET_KEY, "staff.reload", Button.class);
		UiTesting.click(reload);
		UiTesting.waitUntil(display, "干警名册 reloaded", reload::isEnabled);
	}

	@Test
	void aListOpensARowOnDoubleClickAndOffersTheViewsButtonsOnRightClick() {
		Shell shell = new Shell(display);
		opened.add(shell);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		ListTable<String> list = new ListTable<>(shell, "test.list", false, String.class,
				new Column<String>("名称", 100, s -> s));
		Button edit = new Button(shell, SWT.PUSH);
		edit.setText("修改");
		Button delete = new Button(shell, SWT.PUSH);
		delete.setText("删除");
		delete.setEnabled(false);
		List<String> pressed = new ArrayList<>();
		edit.addListener(SWT.Selection, e -> pressed.add("修改 " + list.selected()));
		List<String> openedRows = new ArrayList<>();
		list.onOpen(openedRows::add);
		list.openWith(edit);
		list.actions(edit, delete);
		list.show(List.of("甲", "乙"), s -> s.equals("乙"));
		// the menu offers the buttons the view shows (a button hidden from the account is not offered)
		shell.open();

		list.control().notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(List.of("乙"), openedRows, "a double-click gives the row's record");
		assertEquals(List.of("修改 乙"), pressed, "and presses the view's 修改");

		Menu menu = list.control().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem[] items = menu.getItems();
		// then, after a separator, what every list offers (ShownExportUITest)
		assertEquals(List.of("修改", "删除", "", "导出所显示的行…"), Arrays.stream(items).map(MenuItem::getText).toList());
		assertTrue(items[0].getEnabled());
		assertFalse(items[1].getEnabled(), "enabled as the button is");
		items[0].notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("修改 乙", "修改 乙"), pressed, "the menu does what the button does");
	}

	@Test
	void listsShowNamesForStaffNumbersAndLogIns() {
		DirectoryService directory = UiTesting.service(DirectoryService.class);
		Staff someone = directory.staff(StaffQuery.ALL, MainWindow.principal()).get(0);
		PeopleNames names = new PeopleNames(directory, UiTesting.service(UserService.class));
		assertEquals(someone.name(), names.staff(someone.staffNo()));
		assertEquals(someone.name() + "（" + someone.staffNo() + "）", names.staffWithNo(someone.staffNo()));
		assertEquals("99999", names.staff("99999"), "an unknown 工号 stays as it is");
		assertEquals("系统（命令行 root）", names.account("cli:root"));
		String admin = MainWindow.principal().username();
		String shown = names.account(admin);
		assertFalse(shown.isBlank());
		assertEquals("nobody", names.account("nobody"), "an account that does not exist shows its log-in");
	}

	private Optional<Shell> shell(String name) {
		return Arrays.stream(display.getShells())
				.filter(s -> !s.isDisposed() && name.equals(s.getData(AppModel.WIDGET_KEY))).findFirst();
	}
}
