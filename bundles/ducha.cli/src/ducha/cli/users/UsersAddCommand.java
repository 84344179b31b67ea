package ducha.cli.users;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.ValidationException;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.CorePermissions;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli users add NAME --roles R1,R2 ...}. Without {@code --departments} or {@code --all-departments}
 * the account sees its own staff member's department, or none.
 */
@Command(name = "add")
@RequiresPermission(CorePermissions.USERS_ADMIN)
public final class UsersAddCommand extends PlatformCommand {

	@Parameters(paramLabel = "NAME", descriptionKey = "name")
	String username;

	@Option(names = "--roles", split = ",", required = true, paramLabel = "ROLE", descriptionKey = "roles")
	List<String> roleNames;

	@Option(names = "--display-name", paramLabel = "TEXT", descriptionKey = "display-name")
	String displayName;

	@Option(names = "--staff-no", paramLabel = "NO", descriptionKey = "staff-no")
	String staffNo;

	@ArgGroup(exclusive = true)
	ScopeOptions scope;

	@Mixin
	PasswordSource password;

	/** Either a list of department codes or all departments. */
	static final class ScopeOptions {

		@Option(names = "--departments", split = ",", paramLabel = "CODE", descriptionKey = "departments",
				required = true)
		List<String> departmentCodes;

		@Option(names = "--all-departments", descriptionKey = "all-departments", required = true)
		boolean all;
	}

	@Override
	public Integer call() {
		UserService users = cli.service(UserService.class);
		DirectoryService directory = cli.service(DirectoryService.class);
		List<String> problems = new ArrayList<>();
		Set<Role> roles = roles(problems);
		Optional<Staff> staff = Optional.empty();
		if (staffNo != null) {
			staff = directory.staff(staffNo);
			if (staff.isEmpty()) {
				problems.add(NLS.bind(Messages.unknownStaff, staffNo));
			}
		}
		DepartmentScope departmentScope = scope(directory, staff, problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		String shownName = displayName != null ? displayName : staff.map(Staff::name).orElse(username);
		UserAccount account = new UserAccount(username, shownName, staffNo, roles, departmentScope, true);
		char[] secret = password.read(cli.session(), username);
		try {
			users.addUser(account, secret, cli.actor());
		} finally {
			Arrays.fill(secret, '\0');
		}
		cli.out().println(NLS.bind(Messages.userAdded, new Object[] { username, Accounts.roles(roles),
				Accounts.scope(departmentScope) }));
		return ExitCodes.OK;
	}

	private Set<Role> roles(List<String> problems) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : roleNames) {
			Role role = Role.parse(name);
			if (role == null) {
				problems.add(NLS.bind(Messages.unknownRole, name, Accounts.allRoles()));
			} else {
				roles.add(role);
			}
		}
		return roles;
	}

	private DepartmentScope scope(DirectoryService directory, Optional<Staff> staff, List<String> problems) {
		if (scope == null) {
			return DepartmentScope.of(staff.map(s -> Set.of(s.departmentCode())).orElse(Set.of()));
		}
		if (scope.all) {
			return DepartmentScope.ALL;
		}
		DepartmentNames departments = directory.departmentNames();
		Set<String> codes = new LinkedHashSet<>();
		for (String typed : scope.departmentCodes) {
			String code = departments.code(typed);
			if (code == null) {
				problems.add(NLS.bind(Messages.unknownDepartment, typed.strip()));
			} else {
				codes.add(code);
			}
		}
		return DepartmentScope.of(codes);
	}
}
