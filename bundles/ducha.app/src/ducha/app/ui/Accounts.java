package ducha.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ducha.core.directory.Staff;
import ducha.core.security.UserAccount;

/**
 * Log-in accounts as the account choosers offer them: the person's name (the account's display name, else its
 * staff member's), the 工号 and the log-in name, shown as 姓名（工号）/login. An account is current while it is
 * enabled and its staff member is still with the court.
 */
final class Accounts {

	/** One account as a chooser sees it. */
	record Person(String username, String name, String staffNo, boolean current) {

		String label() {
			String person = staffNo == null ? name : name + "（" + staffNo + "）";
			return name.equals(username) ? username : person + "/" + username;
		}
	}

	static final PersonChooser.Kind<Person> KIND = new PersonChooser.Kind<>(Person::username, Person::name,
			p -> p.staffNo() == null ? List.of(p.username()) : List.of(p.staffNo(), p.username()), Person::current,
			Messages.Account_searchHint);

	private Accounts() {
	}

	/** The accounts with their people, in the given order. */
	static List<Person> people(List<UserAccount> accounts, List<Staff> staff) {
		Map<String, Staff> byNo = staff.stream().collect(Collectors.toMap(Staff::staffNo, Function.identity(), (a, b) -> a));
		List<Person> people = new ArrayList<>();
		for (UserAccount a : accounts) {
			Staff s = a.staffNo() == null ? null : byNo.get(a.staffNo());
			String name = a.displayName() != null && !a.displayName().isBlank() ? a.displayName()
					: s != null ? s.name() : a.username();
			people.add(new Person(a.username(), name, a.staffNo(), a.enabled() && (s == null || s.status().onStaff())));
		}
		return people;
	}
}
