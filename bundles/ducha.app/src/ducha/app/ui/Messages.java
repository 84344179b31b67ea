package ducha.app.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the plugin kit: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.ui.messages";

	public static String Forms_refused;
	public static String Date_calendar;
	public static String Date_unreadable;
	public static String Ledger_readOnly;
	public static String Rights_missing;
	public static String Rights_or;
	public static String Paged_previous;
	public static String Paged_next;
	public static String Paged_reload;
	public static String Paged_loading;
	public static String Paged_loadJob;
	public static String Paged_failed;
	public static String Paged_empty;
	public static String Problems_title;
	public static String Problems_intro;
	public static String Form_saving;
	public static String Form_saveJob;
	public static String Form_reload;
	public static String Form_reloadJob;
	public static String Form_reloaded;
	public static String Export_xlsx;
	public static String Export_csv;
	public static String Export_job;
	public static String Export_cancelled;
	public static String Export_shown;
	public static String Export_shownTitle;
	public static String Export_shownDone;
	public static String Export_shownFileName;
	public static String Export_failed;
	public static String Confirm_title;
	public static String Ledger_addTitle;
	public static String Ledger_editTitle;
	public static String Ledger_formMessage;
	public static String Ledger_add;
	public static String Ledger_edit;
	public static String Ledger_reload;
	public static String Ledger_missing;
	public static String Ledger_loading;
	public static String Ledger_loadJob;
	public static String Ledger_summary;
	public static String Ledger_failed;
	public static String Ledger_gone;
	public static String Sheet_title;
	public static String Sheet_intro;
	public static String Sheet_label;
	public static String Staff_search;
	public static String Staff_searchHint;
	public static String Account_searchHint;
	public static String Staff_none;
	public static String Staff_all;
	public static String StaffList_person;
	public static String StaffList_add;
	public static String StaffList_remove;
	public static String People_commandLine;
	public static String Printouts_draftNumber;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
