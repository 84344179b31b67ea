package ducha.petitions.ui.internal;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.petitions.ui.internal.messages";

	public static String Part_reload;
	public static String Part_loading;
	public static String Part_summary;
	public static String Part_loadJob;
	public static String Part_saveJob;
	public static String Part_failed;
	public static String Part_unavailable;
	public static String Tab_intake;
	public static String Tab_detail;
	public static String Column_number;
	public static String Column_channel;
	public static String Column_received;
	public static String Column_reporter;
	public static String Column_reported;
	public static String Column_category;
	public static String Column_state;
	public static String Column_deadline;
	public static String Overdue;
	public static String Intake_channel;
	public static String Intake_received;
	public static String Intake_anonymous;
	public static String Intake_name;
	public static String Intake_contact;
	public static String Intake_reported;
	public static String Intake_reportedHint;
	public static String Intake_category;
	public static String Intake_summary;
	public static String Intake_referringBody;
	public static String Intake_referralDeadline;
	public static String Intake_useReferralDeadline;
	public static String Intake_register;
	public static String Intake_registered;
	public static String Detail_none;
	public static String Detail_handlers;
	public static String Detail_assign;
	public static String Detail_verify;
	public static String Detail_conclusion;
	public static String Detail_conclude;
	public static String Detail_disposition;
	public static String Detail_dispose;
	public static String Detail_close;
	public static String Detail_text;
	public static String Detail_reason;
	public static String Detail_reveal;
	public static String Detail_revealed;
	public static String Detail_anonymous;
	public static String Detail_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
