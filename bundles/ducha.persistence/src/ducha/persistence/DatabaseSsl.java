package ducha.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the connection to a database server is encrypted, read from {@code ducha.properties} (keys
 * {@code db.ssl.mode} and {@code db.ssl.rootcert}). The modes are PostgreSQL's {@code sslmode} values; the Derby
 * network client knows fewer of them (docs/install.md).
 *
 * @param mode     whether to encrypt and how far to trust the server's certificate
 * @param rootCert the CA certificate that signed the server's certificate, for the modes that verify it; null for
 *                 the driver's default
 */
public record DatabaseSsl(Mode mode, Path rootCert) {

	/** What a configuration without {@code db.ssl.*} gets: the driver's default. */
	public static final DatabaseSsl DEFAULT = new DatabaseSsl(Mode.PREFER, null);

	/** The value of {@code db.ssl.mode}. */
	public enum Mode {
		/** Never encrypted. */
		DISABLE,
		/** PostgreSQL's default: encrypted when the server offers it, the certificate not checked. */
		PREFER,
		/** Always encrypted; the certificate is not checked (no protection from someone posing as the server). */
		REQUIRE,
		/** Always encrypted, by a server whose certificate the CA of {@code db.ssl.rootcert} signed. */
		VERIFY_CA,
		/** As {@link #VERIFY_CA}, and the certificate names {@code db.host}: the one mode that stops an impostor. */
		VERIFY_FULL;

		/** The text in {@code ducha.properties}, e.g. {@code verify-full}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** @return empty when the text is no mode */
		public static Optional<Mode> parse(String text) {
			for (Mode mode : values()) {
				if (mode.key().equals(text.strip().toLowerCase(Locale.ROOT))) {
					return Optional.of(mode);
				}
			}
			return Optional.empty();
		}

		/** Whether the server's certificate is checked against a CA. */
		public boolean verifiesCertificate() {
			return this == VERIFY_CA || this == VERIFY_FULL;
		}
	}

	public DatabaseSsl {
		Objects.requireNonNull(mode, "mode");
	}

	/** For logs and failure messages; empty for the default, so that a plain connection reads as before. */
	public String describe() {
		if (equals(DEFAULT)) {
			return "";
		}
		return " sslmode=" + mode.key() + (rootCert == null ? "" : " sslrootcert=" + rootCert);
	}
}
