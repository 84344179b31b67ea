package ducha.cli.db;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli db}. */
public final class Messages {

	public static String dataFolder;
	public static String connection;
	public static String product;
	public static String schemaVersions;
	public static String migrateNothing;
	public static String migrateApplied;
	public static String backupDone;
	public static String restoreDone;
	public static String restoreChecked;
	public static String restoreCheckPassed;
	public static String restorePrevious;
	public static String restoreFile;
	public static String backupPruned;
	public static String runtimeGranted;
	public static String ownerPasswordName;
	public static String ownerPasswordPrompt;
	public static String ownerPasswordMissing;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
