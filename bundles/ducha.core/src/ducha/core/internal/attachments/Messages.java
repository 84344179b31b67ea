package ducha.core.internal.attachments;

import org.eclipse.osgi.util.NLS;

/** Texts of the attachment service: refusals and audit details. */
final class Messages extends NLS {

	public static String noPolicy;
	public static String nameMissing;
	public static String nameTooLong;
	public static String tooLarge;
	public static String typeNotAllowed;
	public static String contentMismatch;
	public static String executable;
	public static String notFound;
	public static String storeFailed;
	public static String readFailed;
	public static String badLimit;
	public static String auditStored;
	public static String auditOpened;
	public static String auditDeleted;
	public static String auditAdopted;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
