package ducha.app.internal.feedback;

import org.eclipse.osgi.util.NLS;

import ducha.core.Language;

/** Texts of the feedback on uncaught exceptions: messages.properties (English), messages_zh_CN.properties (Chinese). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.internal.feedback.messages";

	public static String Uncaught_refused;
	public static String Uncaught_bug;
	public static String Uncaught_title;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
