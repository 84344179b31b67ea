package ducha.petitions.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the petitions plugin's services (Chinese by default, English). */
final class Messages extends NLS {

	public static String reporterFormat;
	public static String attachmentUnreadable;
	public static String attachmentNotWritten;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
