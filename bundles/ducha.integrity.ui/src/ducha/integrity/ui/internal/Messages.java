package ducha.integrity.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the integrity views (messages_zh_CN.properties is what users see by default). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.integrity.ui.internal.messages";

	public static String Archive_staff;
	public static String Archive_from;
	public static String Archive_to;
	public static String Archive_kind;
	public static String Archive_allKinds;
	public static String Archive_show;
	public static String Archive_colDate;
	public static String Archive_colKind;
	public static String Archive_colTitle;
	public static String Archive_colSource;
	public static String Archive_loading;
	public static String Archive_loadJob;
	public static String Archive_staffJob;
	public static String Archive_choose;
	public static String Archive_summary;
	public static String Archive_summaryOwn;
	public static String Archive_empty;
	public static String Archive_failed;
	public static String Archive_badPeriod;
	public static String Risk_reload;
	public static String Risk_loading;
	public static String Risk_loadJob;
	public static String Risk_summary;
	public static String Risk_failed;
	public static String Risk_colNo;
	public static String Risk_colPost;
	public static String Risk_colRisk;
	public static String Risk_colLevel;
	public static String Risk_colMeasure;
	public static String Risk_colOwner;
	public static String Risk_colReview;
	public static String Risk_colStatus;
	public static String Risk_review;
	public static String Risk_reviewsJob;
	public static String Risk_reviewed;
	public static String RiskReview_title;
	public static String RiskReview_heading;
	public static String RiskReview_due;
	public static String RiskReview_last;
	public static String RiskReview_separator;
	public static String RiskReview_on;
	public static String RiskReview_next;
	public static String RiskReview_note;
	public static String RiskReview_beforeEffective;
	public static String RiskReview_nextTooEarly;
	public static String RiskReview_noteTooLong;
	public static String Archive_recordTalk;
	public static String Archive_recordDisposition;
	public static String Archive_report;
	public static String Archive_talksJob;
	public static String Report_title;
	public static String Report_unavailable;
	public static String Report_staffPrompt;
	public static String Report_staffMissing;
	public static String Report_staff;
	public static String Report_pdf;
	public static String Report_docx;
	public static String Report_fileName;
	public static String Report_writing;
	public static String Report_job;
	public static String Report_done;
	public static String Report_failed;
	public static String Form_dateInFuture;
	public static String Talk_title;
	public static String Talk_heading;
	public static String Talk_message;
	public static String Talk_escalateFrom;
	public static String Talk_noEscalation;
	public static String Talk_level;
	public static String Talk_date;
	public static String Talk_talker;
	public static String Talk_heldBy;
	public static String Talk_heldByHint;
	public static String Talk_with;
	public static String Talk_reason;
	public static String Talk_content;
	public static String Talk_followUp;
	public static String Talk_talkerMissing;
	public static String Talk_reasonMissing;
	public static String Disposition_title;
	public static String Disposition_heading;
	public static String Disposition_message;
	public static String Disposition_type;
	public static String Disposition_date;
	public static String Disposition_basis;
	public static String Disposition_decidedBy;
	public static String Disposition_note;
	public static String Disposition_basisMissing;
	public static String Reading_books;
	public static String Reading_recommendations;
	public static String Archive_reportPreview;
	public static String Report_composeJob;
	public static String Report_previewFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
