package ducha.app.internal.find;

import org.eclipse.osgi.util.NLS;

/** Texts of the quick-find: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.internal.find.messages";

	public static String Find_hint;
	public static String Find_tooltip;
	public static String Find_job;
	public static String Find_title;
	public static String Find_searching;
	public static String Find_tooShort;
	public static String Find_none;
	public static String Find_count;
	public static String Find_failed;
	public static String Find_colKind;
	public static String Find_colTitle;
	public static String Find_colLine;
	public static String Find_open;
	public static String Find_notShown;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
