package ducha.inspections;

import ducha.core.Language;

/** The texts of the API's own checks ({@code messages.properties}, English; {@code messages_zh_CN.properties}, Chinese). */
final class Messages {

	static String checklistNoItem;
	static String checklistBadScore;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
