package ducha.persistence.internal;

import ducha.core.Language;

/**
 * Texts of the database layer: configuration, connection, backup and restore, migrations: messages.properties
 * (English), messages_zh_CN.properties (Chinese, the default; {@link Language}). Placeholders follow
 * {@link java.text.MessageFormat}; fill them with {@link Language#format}.
 */
public final class Messages {

	public static String Diagnostics_inUse;
	public static String Diagnostics_unreachable;
	public static String Diagnostics_badLogin;
	public static String Diagnostics_cannotOpen;
	public static String Migrator_schemaTooNew;
	public static String Migrator_failed;
	public static String Config_badPoolSize;
	public static String Config_poolMinAboveMax;
	public static String Advice_configuration;
	public static String Advice_inUse;
	public static String Advice_unreachable;
	public static String Advice_login;
	public static String Advice_cannotOpen;
	public static String Advice_migration;
	public static String Advice_schemaTooNew;
	public static String Config_unreadable;
	public static String Config_unknownMode;
	public static String Config_required;
	public static String Config_badPort;
	public static String Config_badSslMode;
	public static String Config_sslRootCertUnused;
	public static String Config_sslRootCertUnreadable;
	public static String Config_sslDerbyVerifyFull;
	public static String Config_sslDerbyRootCert;
	public static String Diagnostics_ssl;
	public static String Advice_ssl;
	public static String Derby_shutdownFailed;
	public static String Derby_noClient;
	public static String Derby_clientUnloadable;
	public static String Backup_postgres;
	public static String Backup_failed;
	public static String Backup_empty;
	public static String Backup_unreadable;
	public static String Restore_embeddedOnly;
	public static String Restore_notBackup;
	public static String Restore_failed;
	public static String PersistenceXml_unreadable;
	public static String Backup_manifestBroken;
	public static String Restore_noCoreSchema;
	public static String Restore_versionDiffers;
	public static String Restore_countDiffers;
	public static String Restore_checkFailed;
	public static String Restore_refused;
	public static String Restore_switchFailed;
	public static String Restore_recoveryFailed;
	public static String Retention_keep;
	public static String Retention_failed;
	public static String Schedule_badNumber;
	public static String Migrator_needsOwner;
	public static String Advice_needsOwner;
	public static String Owner_postgresqlOnly;
	public static String Owner_grantFailed;
	public static String Grants_badHeader;
	public static String Settings_passwordReadable;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
