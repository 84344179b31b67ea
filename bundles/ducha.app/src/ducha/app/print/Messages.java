package ducha.app.print;

import org.eclipse.osgi.util.NLS;

/** Texts of printing: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.print.messages";

	public static String Print_printedOn;
	public static String Print_pageOf;
	public static String Print_noRows;
	public static String Print_noPrinter;
	public static String Print_printed;
	public static String Print_failed;
	public static String Print_title;
	public static String Preview_title;
	public static String Preview_previous;
	public static String Preview_next;
	public static String Preview_zoomIn;
	public static String Preview_zoomOut;
	public static String Preview_zoom;
	public static String Preview_print;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
