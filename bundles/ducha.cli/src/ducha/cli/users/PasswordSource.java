package ducha.cli.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import ducha.core.ValidationException;
import picocli.CommandLine.Option;

/**
 * Where a new password comes from: the command line (visible in the shell history and the process list, fine for
 * demos) or the first line of standard input (for scripts).
 */
public final class PasswordSource {

	@Option(names = "--password", paramLabel = "P", descriptionKey = "password", required = true)
	String password;

	@Option(names = "--password-stdin", descriptionKey = "password-stdin", required = true)
	boolean fromStdin;

	/** The password; the caller clears the array after use. */
	char[] read(InputStream in) {
		String text = fromStdin ? firstLine(in) : password;
		if (text == null || text.isEmpty()) {
			throw new ValidationException(Messages.passwordEmpty);
		}
		return text.toCharArray();
	}

	private static String firstLine(InputStream in) {
		// not closed: standard input belongs to the process
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		try {
			return reader.readLine();
		} catch (IOException e) {
			throw new ValidationException(Messages.passwordUnreadable + " " + e.getMessage());
		}
	}
}
