package ducha.cli.audit;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli audit}. */
public final class Messages {

	public static String headerId;
	public static String headerTime;
	public static String headerActor;
	public static String headerAction;
	public static String headerObject;
	public static String headerDetail;
	public static String intact;
	public static String broken;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
