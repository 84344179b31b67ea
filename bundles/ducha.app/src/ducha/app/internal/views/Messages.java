package ducha.app.internal.views;

import org.eclipse.osgi.util.NLS;

/** Texts of this package: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.internal.views.messages";

	public static String Navigator_otherCategory;
	public static String Home_title;
	public static String Home_refresh;
	public static String Home_computing;
	public static String Home_job;
	public static String Home_noTiles;
	public static String Home_status;
	public static String Home_chartFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
