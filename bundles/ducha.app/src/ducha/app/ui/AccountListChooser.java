package ducha.app.ui;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

import ducha.core.directory.Staff;
import ducha.core.security.UserAccount;

/**
 * Plugin kit: several log-in accounts chosen by their people (a petition's 承办人): an {@link AccountChooser}'s
 * search finds one, 添加 puts them on the list below, 移除 takes the selected one off. Lays out in a two-column form.
 */
public final class AccountListChooser {

	private final PersonListChooser<Accounts.Person> chooser;

	/**
	 * @param prefix the widgets' names: {@code prefix.search}, {@code prefix.account}, {@code prefix.add},
	 *               {@code prefix.remove} and the list {@code prefix.chosen}
	 * @param label  the list's label, e.g. 承办人
	 */
	public AccountListChooser(Composite form, String prefix, String label) {
		chooser = new PersonListChooser<>(form, prefix, prefix + ".account", label, Accounts.KIND);
		offer(List.of(), List.of());
	}

	/** Offers these accounts, named after their staff members, keeping those chosen. */
	public void offer(List<UserAccount> accounts, List<Staff> staff) {
		chooser.offer(Accounts.people(accounts, staff), Accounts.Person::label, Accounts.Person::label);
	}

	/** Runs the listener whenever an account is added or removed. */
	public void onChange(Runnable listener) {
		chooser.onChange(listener);
	}

	/** The log-in names chosen, in the order added. */
	public List<String> chosen() {
		return chooser.chosen();
	}

	/** Replaces the list by these accounts (a log-in name no account has is shown as it is). */
	public void choose(List<String> usernames) {
		chooser.choose(usernames);
	}
}
