package ducha.reports.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the work summary and chart parts. */
public final class Messages extends NLS {

	public static String Report_period;
	public static String Report_kindYear;
	public static String Report_kindHalfYear;
	public static String Report_kindQuarter;
	public static String Report_kindCustom;
	public static String Report_firstHalf;
	public static String Report_secondHalf;
	public static String Report_quarter1;
	public static String Report_quarter2;
	public static String Report_quarter3;
	public static String Report_quarter4;
	public static String Report_to;
	public static String Report_preview;
	public static String Report_item;
	public static String Report_value;
	public static String Report_export;
	public static String Report_badPeriod;
	public static String Report_compiling;
	public static String Report_compileJob;
	public static String Report_noService;
	public static String Report_empty;
	public static String Report_shown;
	public static String Report_failed;
	public static String Report_exported;
	public static String Report_exportFailed;
	public static String Charts_refresh;
	public static String Charts_computing;
	public static String Charts_job;
	public static String Charts_failed;
	public static String Charts_none;
	public static String Charts_status;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
