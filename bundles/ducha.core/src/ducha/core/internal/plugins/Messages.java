package ducha.core.internal.plugins;

import org.eclipse.osgi.util.NLS;

/** Texts of the plugin switches. */
final class Messages extends NLS {

	static String platformCannotBeDisabled;
	static String notInstalled;
	static String alreadyDisabled;
	static String notDisabled;
	static String auditDisabled;
	static String auditEnabled;
	static String stopFailed;
	static String startFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
