package ducha.cli;

/** Exit codes of {@code ducha-cli}, for scripts and tests. */
public final class ExitCodes {

	/** The command did what was asked. */
	public static final int OK = 0;

	/** The input was rejected (a bad ledger row, an unknown role, a missing file, ...); nothing was changed. */
	public static final int REJECTED = 1;

	/** The command line itself is wrong: unknown command or option, missing argument. */
	public static final int USAGE = 2;

	/** The database cannot be used (locked by an open workbench, server down, wrong password, ...). */
	public static final int DATABASE_UNAVAILABLE = 3;

	/** The logged-in account lacks the permission the command needs; nothing was changed or written. */
	public static final int NOT_PERMITTED = 4;

	/**
	 * Nobody is logged in: no credentials were given, the name or password is wrong, the account is disabled or
	 * the credentials file is readable by others. Nothing was changed or written.
	 */
	public static final int NOT_LOGGED_IN = 5;

	/** {@code audit verify}: an audit entry was changed, removed or inserted behind the platform's back. */
	public static final int AUDIT_BROKEN = 6;

	/**
	 * The database answers but its schema cannot be used: a migration failed, or the database is newer than this
	 * installation. Nothing was changed; an administrator has to act (see the advice printed).
	 */
	public static final int DATABASE_SCHEMA = 7;

	/**
	 * The command failed on its own account: out of memory, a fault of the program (the message says which, the
	 * log has the details). Nothing half-done is kept: a change is stored in one transaction or not at all.
	 * 70 is EX_SOFTWARE of BSD's sysexits.h.
	 */
	public static final int FAILED = 70;

	private ExitCodes() {
	}
}
