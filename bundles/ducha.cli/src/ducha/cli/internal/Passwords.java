package ducha.cli.internal;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;

/** New passwords typed on the terminal: twice, so that a typing error does not lock the account holder out. */
public final class Passwords {

	private Passwords() {
	}

	/** A password typed once on the terminal without echo; null when there is no terminal. */
	public static char[] typeOnce(String prompt) {
		return Terminal.readPassword(prompt);
	}

	/**
	 * @throws ValidationException without a terminal or when the two entries differ
	 */
	public static char[] typeTwice(String username) {
		char[] first = Terminal.readPassword(NLS.bind(Messages.newPasswordPrompt, username));
		if (first == null) {
			throw new ValidationException(NLS.bind(Messages.noTerminalForNewPassword, username));
		}
		char[] second = Terminal.readPassword(Messages.newPasswordAgain);
		boolean same = second != null && Arrays.equals(first, second);
		if (second != null) {
			Arrays.fill(second, '\0');
		}
		if (!same) {
			Arrays.fill(first, '\0');
			throw new ValidationException(Messages.passwordsDiffer);
		}
		return first;
	}
}
