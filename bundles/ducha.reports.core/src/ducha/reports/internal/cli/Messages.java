package ducha.reports.internal.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code ducha-cli report}. */
public final class Messages extends NLS {

	public static String badDate;
	public static String toBeforeFrom;
	public static String unknownFormat;
	public static String outRequired;
	public static String writeFailed;
	public static String written;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
