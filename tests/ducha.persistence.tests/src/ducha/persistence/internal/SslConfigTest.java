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

	private Path write(String text) throws IOException {
		Path file = folder.resolve("ducha.properties");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void withoutSettingsTheDriversDefaultIsKeptAndNotDescribed() throws IOException {
		DatabaseConfig config = ConfigReader.read(write(POSTGRESQL), folder);
		assertEquals(DatabaseSsl.DEFAULT, config.ssl());
		assertEquals("PostgreSQL //db.court.local:5432/ducha user ducha", config.describe());
	}

	@Test
	void verifyFullTakesTheCaCertificateRelativeToTheDataFolder() throws IOException {
		Files.writeString(folder.resolve("court-ca.crt"), "-----BEGIN CERTIFICATE-----\n");
		DatabaseConfig config = ConfigReader
				.read(write(POSTGRESQL + "db.ssl.mode=Verify-Full\ndb.ssl.rootcert=court-ca.crt\n"), folder);
		assertEquals(new DatabaseSsl(Mode.VERIFY_FULL, folder.resolve("court-ca.crt")), config.ssl());
		assertTrue(config.describe().endsWith(" sslmode=verify-full sslrootcert=" + folder.resolve("court-ca.crt")),
				config.describe());
	}

	@Test
	void requireNeedsNoCertificate() throws IOException {
		DatabaseConfig config = ConfigReader.read(write(POSTGRESQL + "db.ssl.mode=require\n"), folder);
		assertEquals(Mode.REQUIRE, config.ssl().mode());
		assertNull(config.ssl().rootCert());
	}

	@Test
	void anUnknownModeIsRefusedNamingTheKey() throws IOException {
		Path file = write(POSTGRESQL + "db.ssl.mode=maybe\n");
		DuchaException e = assertThrows(DuchaException.class, () -> ConfigReader.read(file, folder));
		assertTrue(e.getMessage().startsWith(file + ": db.ssl.mode:") && e.getMessage().contains("maybe"),
				e.getMessage());
	}

	@Test
	void aCaCertificateInAModeThatChecksNoneIsRefused() throws IOException {
		Files.writeString(folder.resolve("court-ca.crt"), "-----BEGIN CERTIFICATE-----\n");
		Path file = write(POSTGRESQL + "db.ssl.mode=require\ndb.ssl.rootcert=court-ca.crt\n");
		DuchaException e = assertThrows(DuchaException.class, () -> ConfigReader.read(file, folder));
		assertTrue(e.getMessage().contains("db.ssl.rootcert") && e.getMessage().contains("require"), e.getMessage());
	}

	@Test
	void aMissingCaCertificateIsRefusedNamingTheKeyAndThePath() throws IOException {
		Path file = write(POSTGRESQL + "db.ssl.mode=verify-ca\ndb.ssl.rootcert=missing.crt\n");
		DuchaException e = assertThrows(DuchaException.class, () -> ConfigReader.read(file, folder));
		assertTrue(e.getMessage().contains("db.ssl.rootcert") && e.getMessage().contains("missing.crt"),
				e.getMessage());
	}

	@Test
	void derbyCannotCheckTheHostNameSoVerifyFullIsRefused() throws IOException {
		Path file = write(DERBY + "db.ssl.mode=verify-full\n");
		DuchaException e = assertThrows(DuchaException.class, () -> ConfigReader.read(file, folder));
		assertTrue(e.getMessage().contains("db.ssl.mode") && e.getMessage().contains("verify-full"), e.getMessage());
	}

	@Test
	void derbyTakesItsTrustFromTheJavaTrustStoreSoACaFileIsRefused() throws IOException {
		Files.writeString(folder.resolve("court-ca.crt"), "-----BEGIN CERTIFICATE-----\n");
		Path file = write(DERBY + "db.ssl.mode=verify-ca\ndb.ssl.rootcert=court-ca.crt\n");
		DuchaException e = assertThrows(DuchaException.class, () -> ConfigReader.read(file, folder));
		assertTrue(e.getMessage().contains("db.ssl.rootcert") && e.getMessage().contains("javax.net.ssl.trustStore"),
				e.getMessage());
	}

	@Test
	void derbysSslAttributeEncryptsFromRequireAndChecksTheCertificateFromVerifyCa() {
		assertEquals("off", DataSources.derbySsl(Mode.DISABLE));
		assertEquals("off", DataSources.derbySsl(Mode.PREFER));
		assertEquals("basic", DataSources.derbySsl(Mode.REQUIRE));
		assertEquals("peerAuthentication", DataSources.derbySsl(Mode.VERIFY_CA));
	}
}
