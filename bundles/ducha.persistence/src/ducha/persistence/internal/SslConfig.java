package ducha.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseSsl;
import ducha.persistence.DatabaseSsl.Mode;

/**
 * Reads {@code db.ssl.mode} and {@code db.ssl.rootcert}. A combination the driver would quietly weaken (a CA
 * certificate in a mode that checks none, a mode the Derby client cannot keep) is refused with the key named: a
 * court that asked for a verified connection must not get an unverified one.
 */
final class SslConfig {

	static final String MODE_KEY = "db.ssl.mode";
	static final String ROOT_CERT_KEY = "db.ssl.rootcert";

	private SslConfig() {
	}

	/** @param dataFolder what a relative {@code db.ssl.rootcert} is relative to */
	static DatabaseSsl read(Properties p, Path file, Path dataFolder, DatabaseMode databaseMode) {
		String modeText = p.getProperty(MODE_KEY);
		Mode mode = modeText == null || modeText.isBlank() ? DatabaseSsl.DEFAULT.mode()
				: Mode.parse(modeText).orElseThrow(
						() -> new DuchaException(Language.format(Messages.Config_badSslMode, file, modeText.strip())));
		Path rootCert = rootCert(p, file, dataFolder, mode);
		if (databaseMode == DatabaseMode.DERBY_NETWORK) {
			checkDerby(file, mode, rootCert);
		}
		return new DatabaseSsl(mode, rootCert);
	}

	private static Path rootCert(Properties p, Path file, Path dataFolder, Mode mode) {
		String text = p.getProperty(ROOT_CERT_KEY);
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!mode.verifiesCertificate()) {
			throw new DuchaException(Language.format(Messages.Config_sslRootCertUnused, file, mode.key()));
		}
		Path rootCert = dataFolder.resolve(text.strip());
		if (!Files.isReadable(rootCert)) {
			throw new DuchaException(Language.format(Messages.Config_sslRootCertUnreadable, file, rootCert));
		}
		return rootCert;
	}

	/**
	 * Derby's client checks the server's certificate only against the Java trust store
	 * ({@code javax.net.ssl.trustStore}) and never the host name.
	 */
	private static void checkDerby(Path file, Mode mode, Path rootCert) {
		if (mode == Mode.VERIFY_FULL) {
			throw new DuchaException(Language.format(Messages.Config_sslDerbyVerifyFull, file));
		}
		if (rootCert != null) {
			throw new DuchaException(Language.format(Messages.Config_sslDerbyRootCert, file));
		}
	}
}
