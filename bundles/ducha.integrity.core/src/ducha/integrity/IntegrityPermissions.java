package ducha.integrity;

/** Ids of the integrity plugin's permissions (declared with their roles by the plugin's PermissionProvider). */
public final class IntegrityPermissions {

	/** Read any staff member's archive (督察室主任, 院领导, 系统管理员). */
	public static final String ARCHIVE_READ_ALL = "integrity.archive.read-all";
	/** Read the archives of the staff of the departments in one's scope (廉政监察员). */
	public static final String ARCHIVE_READ_DEPARTMENT = "integrity.archive.read-department";
	/** Read the risk list, rules and education records. */
	public static final String RECORDS_READ = "integrity.records.read";
	/** Record talks and dispositions, maintain the risk list, rules and education records, import ledgers. */
	public static final String RECORDS_WRITE = "integrity.records.write";

	private IntegrityPermissions() {
	}
}
