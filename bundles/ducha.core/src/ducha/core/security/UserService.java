package ducha.core.security;

import java.util.List;
import java.util.Optional;

/** Accounts and log-in. Passwords are stored as salted PBKDF2 hashes. */
public interface UserService {

	/** The account when name and password match and the account is enabled; empty otherwise. Audited. */
	Optional<Principal> authenticate(String username, char[] password);

	List<UserAccount> users();

	Optional<UserAccount> user(String username);

	/** Creates an account. Needs {@code users.admin}. */
	void addUser(UserAccount account, char[] password, Principal actor);

	/** Replaces roles, scope, display name and enabled flag. Needs {@code users.admin}. */
	void updateUser(UserAccount account, Principal actor);

	/** Sets a new password: users may change their own, {@code users.admin} any. */
	void changePassword(String username, char[] newPassword, Principal actor);
}
