package ducha.core.security;

import java.util.List;
import java.util.Optional;

/** Accounts and log-in. Passwords are stored as salted PBKDF2 hashes. */
public interface UserService {

	/**
	 * The account when name and password match and the account is enabled and not locked; empty otherwise. Five
	 * wrong passwords in a row lock the account for 15 minutes (enabling it lifts the lock). Audited.
	 */
	Optional<Principal> authenticate(String username, char[] password);

	/**
	 * Ends the account's log-in in this process (the workbench's 注销 / 切换用户): the private key its log-in unlocked
	 * is forgotten, so nothing sealed for it opens until it logs in again. Everyone may end their own log-in; no
	 * permission is needed. Audited as {@code user.logout}.
	 */
	void logOut(Principal principal);

	/**
	 * True when the account's password was set by an administrator (a new account, a reset): its owner must choose
	 * a new one ({@link #changePassword} as themselves) before doing anything else.
	 */
	boolean passwordChangeRequired(String username);

	List<UserAccount> users();

	Optional<UserAccount> user(String username);

	/** Creates an account. Needs {@code users.admin}. */
	void addUser(UserAccount account, char[] password, Principal actor);

	/** Replaces roles, scope, display name and enabled flag. Needs {@code users.admin}. */
	void updateUser(UserAccount account, Principal actor);

	/**
	 * Sets a new password: users may change their own, {@code users.admin} any. A demo account whose password is
	 * changed is no longer counted by {@link #demoAccounts()}.
	 */
	void changePassword(String username, char[] newPassword, Principal actor);

	/** True when at least one account exists (enabled or not): the court has been set up. */
	boolean hasAccounts();

	/**
	 * First run: creates the court's first administrator (role ADMIN, all departments). Allowed only while no
	 * account exists, which is checked in the same transaction; needs no principal because nobody can log in yet.
	 * Audited under the new account's name.
	 *
	 * @throws ducha.core.ValidationException for a bad name or password, or when an account exists already
	 */
	Principal createFirstAdministrator(String username, String displayName, char[] password);

	/**
	 * Locks or unlocks an account; a locked account cannot log in. Needs {@code users.admin}; the last enabled
	 * administrator cannot be locked. Audited.
	 */
	void setEnabled(String username, boolean enabled, Principal actor);

	/**
	 * Deletes an account with its roles and departments; its audit entries stay. Needs {@code users.admin}; the
	 * last enabled administrator and the actor's own account cannot be removed. Audited.
	 */
	void removeUser(String username, Principal actor);

	/** Names of the enabled demo accounts that still have the published demo password; empty for a real court. */
	List<String> demoAccounts();
}
