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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
