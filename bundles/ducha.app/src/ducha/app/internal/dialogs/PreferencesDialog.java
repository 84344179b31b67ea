package ducha.app.internal.dialogs;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.core.DataFolder;

/**
 * 工具 → 首选项: the database connection and the language, written to {@code ducha.properties}. Both apply on
 * the next start (the database is opened once, the language is the launcher's -nl).
 */
public final class PreferencesDialog extends TitleAreaDialog {

	private static final String[] MODES = { "embedded", "derby-network", "postgresql" };
	private static final String[] DEFAULT_PORTS = { "", "1527", "5432" };
	private static final String[] LANGUAGES = { "zh_CN", "en" };
	/** db.ssl.mode's values, the default first (ducha.persistence's DatabaseSsl.Mode) */
	private static final String[] SSL_MODES = { "prefer", "disable", "require", "verify-ca", "verify-full" };

	private DuchaSettings settings;
	private Combo mode;
	private Text path;
	private Button browse;
	private Text host;
	private Text port;
	private Text name;
	private Text user;
	private Text password;
	private Combo sslMode;
	private Text sslRootCert;
	private Combo language;

	public PreferencesDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Prefs_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Prefs_title);
		setMessage(NLS.bind(Messages.Prefs_message, DataFolder.configFile()));
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
		createDatabaseGroup(body);
		createLanguageGroup(body);
		load();
		return area;
	}

	private void createDatabaseGroup(Composite body) {
		Group group = Forms.group(body, Messages.Prefs_database, 3);
		mode = new Combo(labelled(group, Messages.Prefs_mode), SWT.READ_ONLY);
		mode.setItems(Messages.Prefs_modeEmbedded, Messages.Prefs_modeDerbyNetwork, Messages.Prefs_modePostgresql);
		span(mode, 2);
		path = text(group, Messages.Prefs_path, SWT.BORDER, 1);
		path.setMessage(Messages.Prefs_pathHint);
		browse = new Button(group, SWT.PUSH);
		browse.setText(Messages.Prefs_browse);
		browse.addListener(SWT.Selection, e -> browseFolder());
		host = text(group, Messages.Prefs_host, SWT.BORDER, 2);
		port = text(group, Messages.Prefs_port, SWT.BORDER, 2);
		name = text(group, Messages.Prefs_name, SWT.BORDER, 2);
		user = text(group, Messages.Prefs_user, SWT.BORDER, 2);
		password = text(group, Messages.Prefs_password, SWT.BORDER | SWT.PASSWORD, 2);
		sslMode = new Combo(labelled(group, Messages.Prefs_sslMode), SWT.READ_ONLY);
		sslMode.setItems(SSL_MODES);
		span(sslMode, 2);
		sslRootCert = text(group, Messages.Prefs_sslRootCert, SWT.BORDER, 2);
		sslRootCert.setMessage(Messages.Prefs_sslRootCertHint);
		mode.addListener(SWT.Selection, e -> modeChanged());
		sslMode.addListener(SWT.Selection, e -> modeChanged());
		for (Text field : new Text[] { path, host, port, name, user, password }) {
			field.addListener(SWT.Modify, e -> validate());
		}
	}

	private void createLanguageGroup(Composite body) {
		Group group = Forms.group(body, Messages.Prefs_ui, 2);
		language = new Combo(labelled(group, Messages.Prefs_language), SWT.READ_ONLY);
		language.setItems(Messages.Prefs_languageChinese, Messages.Prefs_languageEnglish);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(language);
	}

	private static Composite labelled(Composite group, String label) {
		new Label(group, SWT.NONE).setText(label);
		return group;
	}

	private static Text text(Composite group, String label, int style, int span) {
		Text text = new Text(labelled(group, label), style);
		span(text, span);
		return text;
	}

	private static void span(Control control, int columns) {
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).hint(260, SWT.DEFAULT).applyTo(control);
	}

	private void load() {
		try {
			settings = DuchaSettings.read(DataFolder.configFile());
		} catch (IOException | IllegalArgumentException e) {
			ILog.of(getClass()).error("Cannot read " + DataFolder.configFile(), e);
			setErrorMessage(NLS.bind(Messages.Prefs_readFailed, DataFolder.configFile(), e.getMessage()));
			mode.select(0);
			sslMode.select(0);
			language.select(0);
			modeChanged();
			return;
		}
		int modeIndex = java.util.List.of(MODES).indexOf(settings.get(DuchaSettings.MODE, MODES[0]));
		mode.select(Math.max(modeIndex, 0));
		path.setText(settings.get(DuchaSettings.PATH, ""));
		host.setText(settings.get(DuchaSettings.HOST, ""));
		port.setText(settings.get(DuchaSettings.PORT, ""));
		name.setText(settings.get(DuchaSettings.NAME, ""));
		user.setText(settings.get(DuchaSettings.USER, ""));
		password.setText(settings.get(DuchaSettings.PASSWORD, ""));
		String ssl = settings.get(DuchaSettings.SSL_MODE, SSL_MODES[0]).toLowerCase(java.util.Locale.ROOT);
		sslMode.select(Math.max(java.util.List.of(SSL_MODES).indexOf(ssl), 0));
		sslRootCert.setText(settings.get(DuchaSettings.SSL_ROOT_CERT, ""));
		language.select(settings.get(DuchaSettings.LANGUAGE, LANGUAGES[0]).startsWith("en") ? 1 : 0);
		modeChanged();
	}

	private boolean serverMode() {
		return mode.getSelectionIndex() > 0;
	}

	private void modeChanged() {
		boolean server = serverMode();
		path.setEnabled(!server);
		browse.setEnabled(!server);
		for (Text field : new Text[] { host, port, name, user, password }) {
			field.setEnabled(server);
		}
		sslMode.setEnabled(server);
		sslRootCert.setEnabled(server && verifiesCertificate());
		port.setMessage(DEFAULT_PORTS[Math.max(mode.getSelectionIndex(), 0)]);
		validate();
	}

	private boolean verifiesCertificate() {
		return SSL_MODES[Math.max(sslMode.getSelectionIndex(), 0)].startsWith("verify-");
	}

	private void browseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setFilterPath(DataFolder.get().toString());
		String folder = dialog.open();
		if (folder != null) {
			path.setText(folder);
		}
	}

	/** Shows the first problem and enables OK only for usable input. */
	private void validate() {
		String problem = PreferencesValidator.problem(serverMode(), host.getText(), port.getText(), name.getText(),
				user.getText());
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	@Override
	protected void okPressed() {
		Map<String, String> changes = new LinkedHashMap<>();
		boolean server = serverMode();
		changes.put(DuchaSettings.MODE, MODES[mode.getSelectionIndex()]);
		changes.put(DuchaSettings.PATH, server || path.getText().isBlank() ? null : path.getText().strip());
		changes.put(DuchaSettings.HOST, server ? host.getText().strip() : null);
		changes.put(DuchaSettings.PORT, server && !port.getText().isBlank() ? port.getText().strip() : null);
		changes.put(DuchaSettings.NAME, server ? name.getText().strip() : null);
		changes.put(DuchaSettings.USER, server ? user.getText().strip() : null);
		changes.put(DuchaSettings.PASSWORD, server ? password.getText() : null);
		// the default mode is left out of the file, as a file without db.ssl.* has always meant
		changes.put(DuchaSettings.SSL_MODE, server && sslMode.getSelectionIndex() > 0
				? SSL_MODES[sslMode.getSelectionIndex()] : null);
		changes.put(DuchaSettings.SSL_ROOT_CERT, server && verifiesCertificate() && !sslRootCert.getText().isBlank()
				? sslRootCert.getText().strip() : null);
		changes.put(DuchaSettings.LANGUAGE, LANGUAGES[language.getSelectionIndex()]);
		try {
			settings.write(changes);
		} catch (IOException e) {
			ILog.of(getClass()).error("Cannot write " + settings.file(), e);
			setErrorMessage(NLS.bind(Messages.Prefs_writeFailed, settings.file(), e.getMessage()));
			return;
		}
		MessageDialog.openInformation(getShell(), Messages.Prefs_shellTitle,
				NLS.bind(Messages.Prefs_saved, settings.file()));
		super.okPressed();
	}
}
