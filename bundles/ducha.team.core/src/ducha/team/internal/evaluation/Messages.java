package ducha.team.internal.evaluation;

import ducha.core.Language;

/**
 * The user-visible texts of the evaluation part (service refusals and the {@code ducha-cli team} evaluation
 * commands' output): {@code messages.properties} (English) and {@code messages_zh_CN.properties} (Chinese).
 */
public final class Messages {

	public static String deniedArchive;
	public static String bonusSettingInvalid;
	public static String notIntegritySupervisor;
	public static String periodKindInvalid;
	public static String gradeRequired;
	public static String gradeOnlyAnnual;
	public static String remarksRequired;
	public static String remarksTooLong;
	public static String documentsUnavailable;
	public static String bulletinNotFound;
	public static String cliBadQuarter;
	public static String cliBadPeriod;
	public static String cliBadGrade;
	public static String cliBadDocument;
	public static String cliNoFolder;
	public static String cliArchiveHeader;
	public static String cliArchiveDuty;
	public static String cliArchiveNoDuty;
	public static String cliArchiveEvaluation;
	public static String cliArchiveBonus;
	public static String cliEvaluated;
	public static String cliBulletinWritten;
	public static String cliBonusWritten;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
