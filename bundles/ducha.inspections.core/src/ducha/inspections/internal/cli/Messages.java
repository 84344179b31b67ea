package ducha.inspections.internal.cli;

import ducha.core.Language;

/** The texts the {@code ducha-cli inspections} commands print ({@code messages*.properties} beside them). */
final class Messages {

	static String cliPlanHeader;
	static String cliPlanTotal;
	static String cliDueTotal;
	static String cliOverdue;
	static String cliListHeader;
	static String cliListTotal;
	static String cliBadMonth;
	static String cliBadDate;
	static String cliBadFile;
	static String cliBulletinWritten;
	static String cliBadKind;
	static String cliUnreadable;
	static String cliImported;
	static String cliExported;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
