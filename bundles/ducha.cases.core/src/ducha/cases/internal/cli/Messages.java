package ducha.cases.internal.cli;

import ducha.core.Language;

/** Texts of {@code ducha-cli cases}, in the language of {@link Language}: Chinese unless English is chosen. */
public final class Messages {

	public static String fileNotReadable;
	public static String folderMissing;
	public static String xlsxNoFilters;
	public static String casesExported;
	public static String badStatus;
	public static String noDepartment;
	public static String noStaff;
	public static String casesImported;
	public static String casesNotice;
	public static String unknownLedger;
	public static String ledgerImported;
	public static String ledgerExported;
	public static String templateWritten;
	public static String bulletinWritten;
	public static String bulletinFormat;
	public static String bulletinsHeader;
	public static String bulletinsTotal;
	public static String remindTotals;
	public static String remindEscalated;
	public static String remindSweep;
	public static String urgencyOverdue;
	public static String urgencyDueSoon;
	public static String urgencyInfo;
	public static String limitNotPositive;
	public static String minAgeNegative;
	public static String watchListHeader;
	public static String watchListJudge;
	public static String watchListTotal;
	public static String watchListShown;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
