package ducha.core.internal.sealing;

import org.eclipse.osgi.util.NLS;

/** Texts of the sealer's failures. */
final class Messages extends NLS {

	public static String keyDamaged;
	public static String keyUnreadable;
	public static String sealFailed;
	public static String openFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
