package ducha.cli.run;

import java.util.ArrayList;
import java.util.List;

import ducha.core.ValidationException;

/**
 * One command line of a batch file, split into arguments as a shell would split a simple command: blanks separate
 * words, {@code '...'} keeps everything literally, {@code "..."} keeps blanks and takes {@code \"} and
 * {@code \\}, a backslash outside quotes keeps the next character. No variables, globs or redirections: a batch
 * runs the same on every desktop. A blank line or one whose first word starts with {@code #} holds no command.
 *
 * @param number its line number in the file (1 for the first), for the messages
 * @param text   the line as written
 * @param args   its arguments, empty for a blank line or a comment
 */
record BatchLine(int number, String text, List<String> args) {

	/**
	 * @throws ValidationException when a quote is not closed
	 */
	static BatchLine parse(int number, String text) {
		List<String> args = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote == '\'') {
				if (c == '\'') {
					quote = 0;
				} else {
					word.append(c);
				}
			} else if (quote == '"') {
				if (c == '"') {
					quote = 0;
				} else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
					word.append(text.charAt(++i));
				} else {
					word.append(c);
				}
			} else if (Character.isWhitespace(c)) {
				if (inWord) {
					args.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			} else if (c == '#' && !inWord && args.isEmpty()) {
				break; // a comment
			} else {
				inWord = true;
				if (c == '\'' || c == '"') {
					quote = c;
				} else if (c == '\\' && i + 1 < text.length()) {
					word.append(text.charAt(++i));
				} else {
					word.append(c);
				}
			}
		}
		if (quote != 0) {
			throw new ValidationException(Messages.unclosedQuote);
		}
		if (inWord) {
			args.add(word.toString());
		}
		return new BatchLine(number, text.strip(), List.copyOf(args));
	}

	boolean isCommand() {
		return !args.isEmpty();
	}

	String[] array() {
		return args.toArray(String[]::new);
	}
}
