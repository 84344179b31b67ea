package ducha.app.charts;

import org.eclipse.osgi.util.NLS;

/** Axis titles and texts of the charts. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.charts.messages";

	public static String Charts_month;
	public static String Charts_count;
	public static String Charts_noData;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
