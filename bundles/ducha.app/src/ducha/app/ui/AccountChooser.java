package ducha.app.ui;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

import ducha.core.directory.Staff;
import ducha.core.security.UserAccount;

/**
 * Plugin kit: a log-in account chosen by its person, never typed (a petition's 新承办人). Typing part of the name,
 * its 拼音 initials or spelling, or the start of the 工号 or log-in name narrows the list below, each shown as
 * 姓名（工号）/login. Only enabled accounts of staff still with the court are offered, except one the record
 * names ({@link #choose}). The caller reads the accounts and the staff list off the UI thread and hands them over.
 */
public final class AccountChooser {

	private final PersonChooser<Accounts.Person> chooser;
	private List<Accounts.Person> people = List.of();

	/**
	 * @param prefix the widgets' names: {@code prefix.search} and {@code prefix.account}
	 */
	public AccountChooser(Composite form, String prefix, String label) {
		chooser = new PersonChooser<>(form, prefix + ".search", prefix + ".account", label, null, Accounts.KIND);
		offer(List.of(), List.of());
	}

	/** Offers these accounts, named after their staff members; keeps the account chosen if still offered. */
	public void offer(List<UserAccount> accounts, List<Staff> staff) {
		people = Accounts.people(accounts, staff);
		chooser.offer(people, Accounts.Person::label);
	}

	/** 姓名（工号）/login of an offered account (a disabled one too); the log-in name itself for one unknown. */
	public String label(String username) {
		return people.stream().filter(p -> p.username().equals(username)).findFirst().map(Accounts.Person::label)
				.orElse(username);
	}

	/** Clears the search and the choice. */
	public void clear() {
		chooser.clear();
	}

	/** Runs the listener whenever the choice changes. */
	public void onChange(Runnable listener) {
		chooser.onChange(listener);
	}

	/** The chosen account's log-in name, or null. */
	public String chosen() {
		Accounts.Person p = chooser.chosen();
		return p == null ? null : p.username();
	}

	/** Shows the account with this log-in name as chosen, if offered (a disabled one too: the record names it). */
	public void choose(String username) {
		chooser.choose(username);
	}

	/** Enables or disables the search and the drop-down. */
	public void setEnabled(boolean enabled) {
		chooser.search().setEnabled(enabled);
		chooser.choice().setEnabled(enabled);
	}
}
