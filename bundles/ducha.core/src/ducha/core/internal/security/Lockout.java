package ducha.core.internal.security;

import java.time.Duration;
import java.time.Instant;

import ducha.core.internal.jpa.UserAccountEntity;

/**
 * Locks an account after {@link #MAX_FAILURES} wrong passwords in a row for {@link #LOCK}; a good log-in (or an
 * administrator enabling the account) clears the count. Together with the cost of every attempt (a full PBKDF2
 * derivation, also for unknown names) this caps guessing at a handful of passwords per account and quarter hour.
 */
final class Lockout {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(15);

	boolean isLocked(UserAccountEntity account, Instant now) {
		return account.getLockedUntil() != null && now.isBefore(account.getLockedUntil());
	}

	/** Counts a wrong password; true when it locked the account. */
	boolean failed(UserAccountEntity account, Instant now) {
		int failures = account.getFailedLogins() + 1;
		if (failures >= MAX_FAILURES) {
			account.setFailedLogins(0);
			account.setLockedUntil(now.plus(LOCK));
			return true;
		}
		account.setFailedLogins(failures);
		return false;
	}

	void succeeded(UserAccountEntity account) {
		account.setFailedLogins(0);
		account.setLockedUntil(null);
	}

	/** The audit detail of a lock (a record, in Chinese like the other audit details). */
	String describe() {
		return "连续 " + MAX_FAILURES + " 次密码错误，锁定 " + LOCK.toMinutes() + " 分钟";
	}
}
