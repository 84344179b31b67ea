package ducha.reports;

/** Ids of the report's permissions, declared with their roles by the report bundle's permission provider. */
public final class ReportPermissions {

	/** Compile the work summary over all installed plugins' figures (the court-wide numbers). */
	public static final String READ = "reports.read";

	private ReportPermissions() {
	}
}
