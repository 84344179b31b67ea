package ducha.cli.db;

import org.eclipse.osgi.util.NLS;

import ducha.cli.internal.LoginRefusedException;
import ducha.cli.internal.Passwords;
import ducha.cli.internal.Session;
import picocli.CommandLine.Option;

/**
 * Where the password of the database's owner role comes from, as the log-in password does ({@code DUCHA_PASSWORD}):
 * the next line of standard input ({@code --owner-password-stdin}), else {@code DUCHA_DB_OWNER_PASSWORD}, else a
 * no-echo prompt on the terminal. Never the command line, where the shell history and the process list would
 * keep it; never {@code ducha.properties}, which the desktops share.
 */
public final class OwnerPassword {

	public static final String VARIABLE = "DUCHA_DB_OWNER_PASSWORD";

	@Option(names = "--owner-password-stdin", descriptionKey = "owner-password-stdin")
	boolean fromStdin;

	/**
	 * The password; the caller clears the array after use.
	 *
	 * @throws LoginRefusedException when there is none: no line, no variable, no terminal
	 */
	char[] read(Session session, String owner) {
		if (fromStdin) {
			try {
				return session.stdinLine(NLS.bind(Messages.ownerPasswordName, owner));
			} catch (ducha.core.ValidationException e) {
				throw new LoginRefusedException(e.getMessage());
			}
		}
		String variable = session.environment(VARIABLE);
		if (variable != null) {
			return variable.toCharArray();
		}
		char[] typed = Passwords.typeOnce(NLS.bind(Messages.ownerPasswordPrompt, owner));
		if (typed == null || typed.length == 0) {
			throw new LoginRefusedException(NLS.bind(Messages.ownerPasswordMissing, owner, VARIABLE));
		}
		return typed;
	}
}
