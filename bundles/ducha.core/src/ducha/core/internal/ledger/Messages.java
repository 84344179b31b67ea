package ducha.core.internal.ledger;

import java.text.MessageFormat;
import java.util.Locale;

import ducha.core.Language;

/**
 * Texts of the ledger reader: messages.properties (English), messages_zh_CN.properties (Chinese, the default).
 * Placeholders follow {@link MessageFormat}.
 */
public final class Messages {

	public static String Reader_task;
	public static String Reader_rowsRead;
	public static String Reader_fileMissing;
	public static String Reader_unreadable;
	public static String Reader_notUtf8OrGbk;
	public static String Reader_notXlsx;
	public static String Reader_noSheet;
	public static String Header_emptyFile;
	public static String Header_unknownColumn;
	public static String Header_repeatedColumn;
	public static String Header_missingColumn;
	public static String Row_cellWithoutHeader;
	public static String Validator_required;
	public static String Validator_tooLong;
	public static String Validator_badDate;
	public static String Validator_dateAfter;
	public static String Validator_notInteger;
	public static String Validator_badChoice;
	public static String Validator_noDepartment;
	public static String Validator_noStaff;
	public static String Validator_repeated;
	public static String Service_noKind;
	public static String Writer_failed;
	public static String Service_kindItem;
	public static String Service_kindSeparator;
	public static String Limit_tooLarge;
	public static String Limit_tooManyRows;
	public static String Limit_partTooLarge;
	public static String Limit_badSetting;
	public static String Limit_rowTooLong;
	public static String Limit_cellTooLong;
	public static String Limit_zipBomb;
	public static String Reader_noSuchSheet;
	public static String Reader_chooseSheet;
	public static String Header_notFound;
	public static String Notice_titleRow;
	public static String Notice_totalRow;
	public static String Validator_badChoiceClosest;
	public static String Aliases_badLine;
	public static String Aliases_notUtf8;

	/** Read once: {@link Language#locale()} may read the configuration file. */
	private static final Locale LOCALE = Language.locale();

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}

	static String format(String pattern, Object... arguments) {
		return new MessageFormat(pattern, LOCALE).format(arguments);
	}
}
