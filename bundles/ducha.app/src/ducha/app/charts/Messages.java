package ducha.app.charts;

import org.eclipse.osgi.util.NLS;

/** Axis titles of the charts. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.charts.messages";

	public static String Charts_month;
	public static String Charts_count;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
