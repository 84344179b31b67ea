package ducha.core.internal.attachments;

import ducha.core.Language;

/** Texts of the attachment service: refusals and audit details. */
public final class Messages {

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
	public static String noDataKey;
	public static String auditRekeyed;
	public static String auditSealedName;
	public static String auditReasonSealed;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
