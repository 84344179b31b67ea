package ducha.cli.internal;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Asks for a password on the terminal without echo. Scheduled jobs and pipes have no terminal: then nothing is
 * asked (the JVM's console would otherwise read the pipe, or wait for ever).
 */
final class Terminal {

	private Terminal() {
	}

	/** The typed password, or null when there is no interactive terminal. */
	static char[] readPassword(String prompt) {
		Console console = System.console();
		if (console == null || !interactive(console)) {
			return null;
		}
		return console.readPassword("%s", prompt);
	}

	/**
	 * Since Java 22 {@link System#console()} also answers when standard input is redirected; {@code isTerminal()}
	 * (Java 22) tells the two apart. On Java 21 a console exists only for a terminal.
	 */
	private static boolean interactive(Console console) {
		try {
			Method isTerminal = Console.class.getMethod("isTerminal");
			return Boolean.TRUE.equals(isTerminal.invoke(console));
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}
}
