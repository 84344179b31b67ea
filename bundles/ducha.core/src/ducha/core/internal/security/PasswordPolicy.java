package ducha.core.internal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import ducha.core.Language;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters, not the account's name nor containing it,
 * and not one of the passwords every guessing list starts with ({@code common-passwords.txt}: the usual English
 * and Chinese ones and the published demo password).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/** Adds to {@code problems} what is wrong with the password for the account {@code username} (may be null). */
	static void check(String username, char[] password, List<String> problems) {
		if (password == null || password.length < MIN_LENGTH) {
			problems.add(Language.format(Messages.User_shortPassword, MIN_LENGTH));
			return;
		}
		String text = new String(password).toLowerCase(Locale.ROOT);
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (name.length() >= 3 && text.contains(name)) {
			problems.add(Messages.User_passwordHasName);
		} else if (COMMON.contains(text)) {
			problems.add(Messages.User_commonPassword);
		}
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
					.map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
