package ducha.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Passwords read from standard input, one per line and in order: the log-in password ({@code --password-stdin})
 * first, then a new password ({@code --new-password-stdin}), so that one pipe can feed both.
 */
final class StandardInput {

	private final InputStream in;
	private BufferedReader reader;

	StandardInput(InputStream in) {
		this.in = in;
	}

	/**
	 * The next line without its line end, or null when standard input has ended or the line is empty.
	 *
	 * @throws UncheckedIOException when standard input cannot be read
	 */
	char[] nextLine() {
		try {
			String line = reader().readLine();
			return line == null || line.isEmpty() ? null : line.toCharArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Every line left, empty ones included, up to the end of standard input (the commands of {@code run -}).
	 *
	 * @throws UncheckedIOException when standard input cannot be read
	 */
	List<String> remainingLines() {
		return reader().lines().toList();
	}

	private BufferedReader reader() {
		if (reader == null) {
			// not closed: standard input belongs to the process
			reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return reader;
	}
}
