package ducha.app.ui;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.osgi.util.NLS;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import jakarta.inject.Inject;

/**
 * People as the lists show them: the name for a 工号 (被反映人, 承办人) and for a log-in name (记录人, 经办人), never
 * the bare number or account; and their departments' names for a department code. Names are read from the directory and the accounts once and cached, so a list of a
 * thousand rows asks once per person; a view reads them in its load job ({@link #warm}) and shows them on the UI
 * thread. Inject one per view: {@code @Inject PeopleNames names}.
 */
@Creatable
public final class PeopleNames {

	/** Accounts of the command line are audited as {@code cli:<operating-system user>}. */
	private static final String COMMAND_LINE_PREFIX = "cli:";

	private final DirectoryService directory;
	private final UserService users;
	private final Map<String, Optional<Staff>> staff = new ConcurrentHashMap<>();
	private final Map<String, String> accounts = new ConcurrentHashMap<>();
	private volatile DepartmentNames departments;

	@Inject
	public PeopleNames(DirectoryService directory, UserService users) {
		this.directory = directory;
		this.users = users;
	}

	/** Reads the names of the given 工号 into the cache: call it in the job that reads the list. */
	public void warm(Collection<String> staffNos) {
		staffNos.forEach(this::person);
	}

	/** Reads the people behind the log-in names into the cache: call it in the job that reads the list. */
	public void warmAccounts(Collection<String> usernames) {
		usernames.forEach(this::account);
	}

	/** 姓名 of the 工号; the 工号 itself when the directory does not know it; empty for none. */
	public String staff(String staffNo) {
		return blank(staffNo) ? "" : person(staffNo).map(Staff::name).orElse(staffNo);
	}

	/** 姓名（工号）, where the number helps (two people of one name); the 工号 alone when unknown. */
	public String staffWithNo(String staffNo) {
		return blank(staffNo) ? "" : person(staffNo).map(Staff::label).orElse(staffNo);
	}

	/** The names of several 工号, joined with 、. */
	public String staffList(Collection<String> staffNos) {
		return staffNos.stream().map(this::staff).collect(Collectors.joining("、"));
	}

	/**
	 * The person behind a log-in name: the account's display name, else its staff member's name; 系统（命令行） for
	 * the command line's operators; the log-in name itself for an account that no longer exists.
	 */
	public String account(String username) {
		if (blank(username)) {
			return "";
		}
		if (username.startsWith(COMMAND_LINE_PREFIX)) {
			return NLS.bind(Messages.People_commandLine, username.substring(COMMAND_LINE_PREFIX.length()));
		}
		return accounts.computeIfAbsent(username, this::readAccount);
	}

	/** The department's name; the code itself for one no department has; empty for none. Reads once: call in a job. */
	public String department(String code) {
		if (blank(code)) {
			return "";
		}
		DepartmentNames known = departments;
		if (known == null) {
			known = directory.departmentNames();
			departments = known;
		}
		return known.name(code);
	}

	private String readAccount(String username) {
		Optional<UserAccount> account = users.user(username);
		if (account.isEmpty()) {
			return username;
		}
		UserAccount a = account.get();
		if (a.displayName() != null && !a.displayName().isBlank() && !a.displayName().equals(username)) {
			return a.displayName();
		}
		return a.staffNo() == null ? username : person(a.staffNo()).map(Staff::name).orElse(username);
	}

	private Optional<Staff> person(String staffNo) {
		return staff.computeIfAbsent(staffNo, directory::staff);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
