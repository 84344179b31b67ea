package ducha.study.ui.internal.tests;

import ducha.core.Language;

/**
 * The texts of the tests' views ({@code messages.properties}, English; {@code messages_zh_CN.properties}, Chinese).
 */
public final class Messages {

	public static String refresh;
	public static String loading;
	public static String noService;
	public static String colCode;
	public static String colTitle;
	public static String colHeld;
	public static String colMode;
	public static String colPass;
	public static String colTotal;
	public static String colStatus;
	public static String colScore;
	public static String colMakeup;
	public static String colFinal;
	public static String colPassed;
	public static String colStaffNo;
	public static String colName;
	public static String colDepartment;
	public static String colQuestion;
	public static String colAnswer;
	public static String colPoints;
	public static String colTopic;
	public static String colType;
	public static String colKey;
	public static String colRetired;
	public static String yes;
	public static String no;
	public static String absent;
	public static String pendingMarking;
	public static String my_summary;
	public static String my_start;
	public static String my_continue;
	public static String my_statusOpen;
	public static String my_statusRunning;
	public static String my_statusDone;
	public static String my_statusClosed;
	public static String exam_none;
	public static String exam_countdown;
	public static String exam_progress;
	public static String exam_previous;
	public static String exam_next;
	public static String exam_submit;
	public static String exam_confirmTitle;
	public static String exam_confirm;
	public static String exam_true;
	public static String exam_false;
	public static String exam_timeUp;
	public static String exam_result;
	public static String exam_passed;
	public static String exam_failed;
	public static String exam_pending;
	public static String exam_saveFailed;
	public static String exam_job;
	public static String tests_tab;
	public static String tests_create;
	public static String tests_paper;
	public static String tests_import;
	public static String tests_sheet;
	public static String tests_grant;
	public static String tests_results;
	public static String tests_imported;
	public static String tests_rejected;
	public static String tests_importing;
	public static String tests_exported;
	public static String tests_granted;
	public static String tests_chooseTest;
	public static String create_title;
	public static String create_code;
	public static String create_titleField;
	public static String create_year;
	public static String create_quarter;
	public static String create_held;
	public static String create_until;
	public static String create_pass;
	public static String create_total;
	public static String create_mode;
	public static String create_limit;
	public static String create_seed;
	public static String create_spec;
	public static String create_specHint;
	public static String create_rule;
	public static String create_ruleSetting;
	public static String create_number;
	public static String paper_title;
	public static String paper_key;
	public static String makeups_tab;
	public static String makeups_summary;
	public static String makeups_score;
	public static String makeups_date;
	public static String makeups_record;
	public static String makeups_recorded;
	public static String marking_tab;
	public static String marking_summary;
	public static String marking_reference;
	public static String marking_answer;
	public static String marking_points;
	public static String marking_mark;
	public static String marking_marked;
	public static String bank_tab;
	public static String bank_summary;
	public static String bank_add;
	public static String bank_retire;
	public static String bank_retired;
	public static String bank_inUse;
	public static String bank_out;
	public static String question_title;
	public static String question_code;
	public static String question_topic;
	public static String question_type;
	public static String question_text;
	public static String question_options;
	public static String question_answer;
	public static String question_points;
	public static String tests_sheetName;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
