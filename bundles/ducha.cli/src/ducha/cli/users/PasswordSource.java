package ducha.cli.users;

import java.util.Arrays;

import ducha.cli.internal.Passwords;
import ducha.cli.internal.Session;
import ducha.core.ValidationException;
import picocli.CommandLine.Option;

/**
 * Where a new password comes from: the next line of standard input ({@code --new-password-stdin}, for scripts; it
 * follows the log-in password when {@code --password-stdin} reads that from the same pipe) or, by default, typed
 * twice on the terminal without echo. Never the command line, where the shell history and the process list would
 * keep it.
 */
public final class PasswordSource {

	@Option(names = "--new-password-stdin", descriptionKey = "new-password-stdin")
	boolean fromStdin;

	/** The password; the caller clears the array after use. */
	char[] read(Session session, String username) {
		char[] password = fromStdin ? session.stdinLine(Messages.newPasswordName)
				: Passwords.typeTwice(username);
		if (password.length == 0) {
			Arrays.fill(password, '\0');
			throw new ValidationException(Messages.passwordEmpty);
		}
		return password;
	}
}
