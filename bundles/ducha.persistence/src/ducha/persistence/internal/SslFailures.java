package ducha.persistence.internal;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.sql.SQLException;

import javax.net.ssl.SSLException;

import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseSsl.Mode;

/**
 * Recognises a connection refused for an SSL reason, so that it is reported as such (naming db.ssl.mode and
 * db.ssl.rootcert) rather than as an unreachable server or a wrong password. The drivers give these failures the
 * SQLStates of other connection failures; what tells them apart is below.
 */
final class SslFailures {

	/** PostgreSQL's and Derby's connection failure, and pgjdbc's rejection (a server without SSL, for example). */
	private static final String CONNECTION_FAILURE = "08006";
	private static final String CONNECTION_REJECTED = "08004";

	private SslFailures() {
	}

	static boolean isSsl(DatabaseConfig config, String state, SQLException e) {
		if (causedBy(e, SSLException.class) || causedBy(e, CertificateException.class)) {
			return true; // the handshake or the certificate check failed
		}
		Mode mode = config.ssl().mode();
		if (config.mode() == DatabaseMode.POSTGRESQL) {
			// pgjdbc refuses a server without SSL when SSL is required (08004; Derby means a bad log-in by it), and
			// checks the host name of verify-full itself after the handshake: a failure with no cause at all
			boolean encrypted = mode == Mode.REQUIRE || mode.verifiesCertificate();
			return encrypted && CONNECTION_REJECTED.equals(state)
					|| mode == Mode.VERIFY_FULL && CONNECTION_FAILURE.equals(state) && e.getCause() == null;
		}
		// a Derby server that requires SSL drops a plain client after reading its first bytes: a protocol error
		// on a connection that reached the server, with no network failure among the causes
		return config.mode() == DatabaseMode.DERBY_NETWORK && "off".equals(DataSources.derbySsl(mode))
				&& CONNECTION_FAILURE.equals(state) && !causedBy(e, IOException.class);
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
			if (t instanceof SQLException s && s.getNextException() != null && causedBy(s.getNextException(), type)) {
				return true;
			}
		}
		return false;
	}
}
