package ducha.cli.internal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import ducha.cli.internal.CredentialsFile.Credentials;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * The log-in of one {@code ducha-cli} run. Where the credentials come from, first match wins:
 * <ol>
 * <li>{@code --credentials FILE} (owner-only);</li>
 * <li>{@code --user NAME} with {@code --password-stdin} or else a no-echo prompt on the terminal;</li>
 * <li>{@code DUCHA_USER} with {@code --password-stdin}, {@code DUCHA_PASSWORD} or else the prompt;</li>
 * <li>{@code DUCHA_CREDENTIALS} naming a credentials file.</li>
 * </ol>
 * Nothing else logs in: the process's OS user is not an account.
 */
public final class Session {

	public static final String USER_VARIABLE = "DUCHA_USER";
	public static final String PASSWORD_VARIABLE = "DUCHA_PASSWORD";
	public static final String CREDENTIALS_VARIABLE = "DUCHA_CREDENTIALS";

	private final LoginOptions options = new LoginOptions();
	private final Map<String, String> environment;
	private final StandardInput stdin;
	private Principal principal;

	public Session(InputStream in, Map<String, String> environment) {
		this.environment = Map.copyOf(environment);
		this.stdin = new StandardInput(in);
	}

	LoginOptions options() {
		return options;
	}

	/** {@code --password-stdin}: set-up, which runs without log-in, reads the new administrator's password so. */
	public boolean passwordFromStdin() {
		return options.passwordFromStdin;
	}

	/** Whether {@link #logIn} succeeded in this run (a batch logs in once, before its first command). */
	boolean loggedIn() {
		return principal != null;
	}

	/**
	 * What is left of standard input, line by line (after the log-in password when {@code --password-stdin} read
	 * it): the commands of {@code ducha-cli run -}.
	 *
	 * @throws UncheckedIOException when standard input cannot be read
	 */
	public List<String> standardInputLines() {
		return stdin.remainingLines();
	}

	/** The account logged in by {@link #logIn}. */
	public Principal principal() {
		if (principal == null) {
			throw new IllegalStateException("ducha-cli: the command ran without log-in");
		}
		return principal;
	}

	/**
	 * The next line of standard input, for a new password; {@code what} names it in the error message.
	 *
	 * @throws ValidationException when standard input has ended, holds an empty line or cannot be read
	 */
	public char[] stdinLine(String what) {
		try {
			char[] line = stdin.nextLine();
			if (line == null) {
				throw new ValidationException(NLS.bind(Messages.stdinEmpty, what));
			}
			return line;
		} catch (UncheckedIOException e) {
			throw new ValidationException(NLS.bind(Messages.stdinUnreadable, what, e.getCause().getMessage()));
		}
	}

	/** The log-in password from standard input; its absence refuses the log-in. */
	private char[] loginPasswordFromStdin() {
		try {
			return stdinLine(Messages.loginPasswordName);
		} catch (ValidationException e) {
			throw new LoginRefusedException(e.getMessage());
		}
	}

	/**
	 * Authenticates once per run.
	 *
	 * @throws LoginRefusedException naming the reason; the failed attempt itself is audited by the user service
	 */
	void logIn(UserService users) {
		if (principal != null) {
			return;
		}
		Credentials credentials = credentials();
		try {
			Optional<Principal> account = users.authenticate(credentials.user(), credentials.password());
			principal = account
					.orElseThrow(() -> new LoginRefusedException(NLS.bind(Messages.loginFailed, credentials.user())));
		} finally {
			Arrays.fill(credentials.password(), '\0');
		}
	}

	private Credentials credentials() {
		if (options.credentialsFile != null) {
			return CredentialsFile.read(options.credentialsFile);
		}
		if (options.user != null) {
			return new Credentials(options.user.strip(), password(options.user.strip(), false));
		}
		String user = variable(USER_VARIABLE);
		if (user != null) {
			return new Credentials(user, password(user, true));
		}
		String file = variable(CREDENTIALS_VARIABLE);
		if (file != null) {
			return CredentialsFile.read(Path.of(file));
		}
		throw new LoginRefusedException(options.passwordFromStdin ? Messages.stdinWithoutUser : Messages.loginRequired);
	}

	/** {@code DUCHA_PASSWORD} only goes with {@code DUCHA_USER}: it must not be tried on another account. */
	private char[] password(String user, boolean fromEnvironment) {
		if (options.passwordFromStdin) {
			return loginPasswordFromStdin();
		}
		// the password as set, spaces and all
		String variable = fromEnvironment ? environment.get(PASSWORD_VARIABLE) : null;
		if (variable != null && !variable.isEmpty()) {
			return variable.toCharArray();
		}
		char[] typed = Terminal.readPassword(NLS.bind(Messages.passwordPrompt, user));
		if (typed == null) {
			throw new LoginRefusedException(NLS.bind(Messages.noTerminal, user));
		}
		if (typed.length == 0) {
			throw new LoginRefusedException(NLS.bind(Messages.stdinEmpty, Messages.loginPasswordName));
		}
		return typed;
	}

	/** An environment variable as set, spaces and all (a password's); null when unset or empty. */
	public String environment(String name) {
		String value = environment.get(name);
		return value == null || value.isEmpty() ? null : value;
	}

	private String variable(String name) {
		String value = environment.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
