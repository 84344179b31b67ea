package ducha.app.internal.dialogs;

import org.eclipse.osgi.util.NLS;

/** The rules for a database connection typed into the preferences, with the message users see. */
final class PreferencesValidator {

	private PreferencesValidator() {
	}

	/** @return the first problem, or null when the input can be saved */
	static String problem(boolean serverMode, String host, String port, String name, String user) {
		if (!serverMode) {
			return null;
		}
		if (host.isBlank()) {
			return Messages.Prefs_hostMissing;
		}
		if (!port.isBlank()) {
			try {
				int number = Integer.parseInt(port.strip());
				if (number < 1 || number > 65535) {
					return NLS.bind(Messages.Prefs_portInvalid, port.strip());
				}
			} catch (NumberFormatException e) {
				return NLS.bind(Messages.Prefs_portInvalid, port.strip());
			}
		}
		if (name.isBlank()) {
			return Messages.Prefs_nameMissing;
		}
		if (user.isBlank()) {
			return Messages.Prefs_userMissing;
		}
		return null;
	}
}
