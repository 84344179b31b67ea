package ducha.app.internal.dialogs;

import org.eclipse.osgi.util.NLS;

/** Texts of this package: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.internal.dialogs.messages";

	public static String Prefs_shellTitle;
	public static String Prefs_title;
	public static String Prefs_message;
	public static String Prefs_database;
	public static String Prefs_mode;
	public static String Prefs_modeEmbedded;
	public static String Prefs_modeDerbyNetwork;
	public static String Prefs_modePostgresql;
	public static String Prefs_path;
	public static String Prefs_pathHint;
	public static String Prefs_browse;
	public static String Prefs_host;
	public static String Prefs_port;
	public static String Prefs_name;
	public static String Prefs_user;
	public static String Prefs_password;
	public static String Prefs_sslMode;
	public static String Prefs_sslRootCert;
	public static String Prefs_sslRootCertHint;
	public static String Prefs_ui;
	public static String Prefs_language;
	public static String Prefs_languageChinese;
	public static String Prefs_languageEnglish;
	public static String Prefs_hostMissing;
	public static String Prefs_portInvalid;
	public static String Prefs_nameMissing;
	public static String Prefs_userMissing;
	public static String Prefs_readFailed;
	public static String Prefs_writeFailed;
	public static String Prefs_saved;
	public static String About_shellTitle;
	public static String About_version;
	public static String About_modules;
	public static String About_colModule;
	public static String About_colBundle;
	public static String About_colVersion;
	public static String About_colState;
	public static String About_stateActive;
	public static String About_stateLazy;
	public static String About_stateResolved;
	public static String About_stateInstalled;
	public static String About_database;
	public static String About_databaseLoading;
	public static String About_databaseJob;
	public static String About_databaseMissing;
	public static String About_databaseFailed;
	public static String About_connection;
	public static String About_product;
	public static String About_schemas;
	public static String About_disablePlugin;
	public static String About_enablePlugin;
	public static String About_selectPlugin;
	public static String About_confirmDisable;
	public static String About_switchJob;
	public static String About_installPlugins;
	public static String About_uninstallPlugin;
	public static String About_installTitle;
	public static String About_installRepository;
	public static String About_installRepositoryEmpty;
	public static String About_installRepositoryMissing;
	public static String About_installChoose;
	public static String About_install;
	public static String About_installNothing;
	public static String About_installed;
	public static String About_confirmUninstall;
	public static String About_uninstalled;
	public static String About_p2Job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
