package ducha.app.internal.print;

import org.eclipse.osgi.util.NLS;

/** Texts of the print commands: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.internal.print.messages";

	public static String Print_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
