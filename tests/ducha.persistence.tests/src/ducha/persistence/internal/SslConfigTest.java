package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.DuchaException;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseSsl;
import ducha.persistence.DatabaseSsl.Mode;

/**
 * db.ssl.mode and db.ssl.rootcert in ducha.properties: read, resolved, and refused where the driver would quietly
 * give a weaker connection than the one asked for.
 */
class SslConfigTest {

	private static final String POSTGRESQL = "db.mode=postgresql\ndb.host=db.court.local\ndb.name=ducha\n";
	private static final String DERBY = "db.mode=derby-network\ndb.host=db.court.local\ndb.name=ducha\n";

	@TempDir
	Path folder;

	/** The configuration a data folder with this ducha.properties and a CA certificate court-ca.crt gets. */
	private DatabaseConfig read(String properties) throws IOException {
		Files.writeString(folder.resolve("court-ca.crt"), "-----BEGIN CERTIFICATE-----\n");
		Files.writeString(folder.resolve("ducha.properties"), properties, StandardCharsets.UTF_8);
		return ConfigReader.read(folder.resolve("ducha.properties"), folder);
	}

	/** The message of the configuration error such a data folder gets. */
	private String refusal(String properties) {
		return assertThrows(DuchaException.class, () -> read(properties)).getMessage();
	}

	/** Such a data folder gets a configuration error whose message names each of the words. */
	private void assertRefusedNaming(String properties, String... words) {
		String message = refusal(properties);
		for (String word : words) {
			assertTrue(message.contains(word), word + " in " + message);
		}
	}

	@Test
	void withoutSettingsTheDriversDefaultIsKeptAndNotDescribed() throws IOException {
		DatabaseConfig config = read(POSTGRESQL);
		assertEquals(DatabaseSsl.DEFAULT, config.ssl());
		assertEquals("PostgreSQL //db.court.local:5432/ducha user ducha", config.describe());
	}

	@Test
	void verifyFullTakesTheCaCertificateRelativeToTheDataFolder() throws IOException {
		DatabaseConfig config = read(POSTGRESQL + "db.ssl.mode=Verify-Full\ndb.ssl.rootcert=court-ca.crt\n");
		assertEquals(new DatabaseSsl(Mode.VERIFY_FULL, folder.resolve("court-ca.crt")), config.ssl());
		assertTrue(config.describe().endsWith(" sslmode=verify-full sslrootcert=" + folder.resolve("court-ca.crt")),
				config.describe());
	}

	@Test
	void requireNeedsNoCertificate() throws IOException {
		DatabaseConfig config = read(POSTGRESQL + "db.ssl.mode=require\n");
		assertEquals(Mode.REQUIRE, config.ssl().mode());
		assertNull(config.ssl().rootCert());
	}

	@Test
	void anUnknownModeIsRefusedNamingTheKey() {
		String message = refusal(POSTGRESQL + "db.ssl.mode=maybe\n");
		assertTrue(message.startsWith(folder.resolve("ducha.properties") + ": db.ssl.mode:")
				&& message.contains("maybe"), message);
	}

	@Test
	void aCaCertificateInAModeThatChecksNoneIsRefused() {
		assertRefusedNaming(POSTGRESQL + "db.ssl.mode=require\ndb.ssl.rootcert=court-ca.crt\n",
				"db.ssl.rootcert", "require");
	}

	@Test
	void aMissingCaCertificateIsRefusedNamingTheKeyAndThePath() {
		assertRefusedNaming(POSTGRESQL + "db.ssl.mode=verify-ca\ndb.ssl.rootcert=missing.crt\n",
				"db.ssl.rootcert", "missing.crt");
	}

	@Test
	void derbyCannotCheckTheHostNameSoVerifyFullIsRefused() {
		assertRefusedNaming(DERBY + "db.ssl.mode=verify-full\n", "db.ssl.mode", "verify-full");
	}

	@Test
	void derbyTakesItsTrustFromTheJavaTrustStoreSoACaFileIsRefused() {
		assertRefusedNaming(DERBY + "db.ssl.mode=verify-ca\ndb.ssl.rootcert=court-ca.crt\n",
				"db.ssl.rootcert", "javax.net.ssl.trustStore");
	}

	@Test
	void derbysSslAttributeEncryptsFromRequireAndChecksTheCertificateFromVerifyCa() {
		assertEquals("off", DataSources.derbySsl(Mode.DISABLE));
		assertEquals("off", DataSources.derbySsl(Mode.PREFER));
		assertEquals("basic", DataSources.derbySsl(Mode.REQUIRE));
		assertEquals("peerAuthentication", DataSources.derbySsl(Mode.VERIFY_CA));
	}
}
