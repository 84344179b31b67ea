package ducha.app.tests;

import static ducha.test.ui.UiTesting.click;
import static ducha.test.ui.UiTesting.named;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.app.ui.AccountChooser;
import ducha.app.ui.AccountListChooser;
import ducha.app.ui.StaffChooser;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;

/**
 * The kit's people choosers in a shell of the running workbench: type-ahead by 拼音 initials, spelling and 工号,
 * only current staff and accounts offered, a departed colleague kept where a record names them.
 */
class PeopleChooserUITest {

	private static final Staff ZHANG = staff("10001", "张三丰", EmploymentStatus.ACTIVE);
	private static final Staff ZHANG_WEI = staff("10002", "张伟", EmploymentStatus.SECONDED);
	private static final Staff ZHAO = staff("20001", "赵四", EmploymentStatus.ACTIVE);
	private static final Staff RETIRED = staff("20002", "张退休", EmploymentStatus.RETIRED);
	private static final Staff LEFT = staff("20003", "周调离", EmploymentStatus.LEFT);
	private static final List<Staff> STAFF = List.of(ZHANG, ZHANG_WEI, ZHAO, RETIRED, LEFT);

	private final Display display = Display.getCurrent();
	private Shell shell;

	@BeforeEach
	void open() {
		shell = new Shell(display);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(shell);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void staffAreFoundByPinyinInitialsSpellingAndStaffNumberAndOnlyServingStaffAreOffered() {
		StaffChooser chooser = new StaffChooser(shell, "t", "人员", STAFF, departments());
		Text search = widget("t.search", Text.class);
		Combo choice = widget("t.staff", Combo.class);
		assertArrayEquals(new String[] { "张三丰（10001，刑事审判庭）", "张伟（10002，刑事审判庭）", "赵四（20001，刑事审判庭）" },
				choice.getItems(), "serving and seconded staff, not the retired and those who left");

		search.setText("zsf");
		assertArrayEquals(new String[] { "张三丰（10001，刑事审判庭）" }, choice.getItems());
		assertEquals(ZHANG, chooser.chosen(), "the first match is chosen");
		search.setText("zhang");
		assertEquals(2, choice.getItemCount(), "张三丰 and 张伟, not the retired 张退休: " + List.of(choice.getItems()));
		search.setText("2000");
		assertArrayEquals(new String[] { "赵四（20001，刑事审判庭）" }, choice.getItems());
		search.setText("zdl");
		assertEquals(0, choice.getItemCount(), "周调离 has left");
		assertNull(chooser.chosen());
	}

	@Test
	void aRecordThatNamesARetiredColleagueStillShowsThem() {
		StaffChooser chooser = new StaffChooser(shell, "t", "人员", STAFF, departments());
		chooser.choose("20002");
		assertEquals(RETIRED, chooser.chosen());
		assertEquals("张退休（20002，刑事审判庭）", widget("t.staff", Combo.class).getText());
	}

	@Test
	void accountsAreChosenByTheirPeopleAndShownWithStaffNumberAndLogin() {
		List<UserAccount> accounts = List.of(account("zsf", null, "10001", true),
				account("director", "王主任", null, true), account("locked", null, "20001", false),
				account("old", null, "20002", true));
		AccountChooser chooser = new AccountChooser(shell, "a", "账号");
		chooser.offer(accounts, STAFF);
		Text search = widget("a.search", Text.class);
		Combo choice = widget("a.account", Combo.class);
		assertArrayEquals(new String[] { "张三丰（10001）/zsf", "王主任/director" }, choice.getItems(),
				"enabled accounts of serving staff only");
		search.setText("wzr");
		assertEquals("director", chooser.chosen());
		search.setText("dir");
		assertEquals("director", chooser.chosen());
		search.setText("10001");
		assertEquals("zsf", chooser.chosen());
		chooser.choose("old");
		assertEquals("old", chooser.chosen(), "an account the record names is shown although its person retired");
	}

	@Test
	void severalAccountsAreAddedByNameAndReadAsLoginNames() {
		AccountListChooser chooser = new AccountListChooser(shell, "h", "承办人");
		chooser.offer(List.of(account("zsf", null, "10001", true), account("director", "王主任", null, true)), STAFF);
		chooser.choose(List.of("gone"));
		widget("h.search", Text.class).setText("zsf");
		click(widget("h.add", Button.class));
		widget("h.search", Text.class).setText("wang");
		click(widget("h.add", Button.class));
		assertEquals(List.of("gone", "zsf", "director"), chooser.chosen());
		assertArrayEquals(new String[] { "gone", "张三丰（10001）/zsf", "王主任/director" },
				widget("h.chosen", org.eclipse.swt.widgets.List.class).getItems());
	}

	private <T extends org.eclipse.swt.widgets.Control> T widget(String name, Class<T> type) {
		return named(shell, AppModel.WIDGET_KEY, name, type);
	}

	private static Staff staff(String no, String name, EmploymentStatus status) {
		return new Staff(no, name, "XS", "审判员", null, status);
	}

	private static UserAccount account(String username, String displayName, String staffNo, boolean enabled) {
		return new UserAccount(username, displayName, staffNo, Set.of(Role.STAFF), DepartmentScope.ALL, enabled);
	}

	private static DepartmentNames departments() {
		return DepartmentNames.of(List.of(new Department("XS", "刑事审判庭", DepartmentKind.TRIAL, 1, true)));
	}
}
