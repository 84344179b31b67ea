package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import ducha.persistence.DatabaseMode;

/** ducha.properties: defaults, server modes, and broken files named with the key at fault. */
class ConfigReaderTest {

	@TempDir
	Path folder;

	private Path write(String text) throws IOException {
		Path file = folder.resolve("ducha.properties");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void noFileMeansTheEmbeddedDatabaseInTheDataFolder() {
		DatabaseConfig config = ConfigReader.read(folder.resolve("absent.properties"), folder);
		assertEquals(DatabaseMode.EMBEDDED, config.mode());
		assertEquals(folder.resolve("db"), config.path());
	}

	@Test
	void postgresqlTakesHostPortNameAndUser() throws IOException {
		DatabaseConfig config = ConfigReader.read(
				write("db.mode=postgresql\ndb.host=db.court.local\ndb.name=ducha\ndb.user=supervision\n"), folder);
		assertEquals(DatabaseMode.POSTGRESQL, config.mode());
		assertEquals(5432, config.port());
		assertEquals("PostgreSQL //db.court.local:5432/ducha user supervision", config.describe());
	}

	@Test
	void aBadPortNamesTheFileAndTheKey() throws IOException {
		Path file = write("db.mode=derby-network\ndb.host=server\ndb.name=ducha\ndb.port=abc\n");
		DuchaException e = assertThrows(DuchaException.class, () -> ConfigReader.read(file, folder));
		assertTrue(e.getMessage().startsWith(file + ": db.port:"), e.getMessage());
		assertTrue(e.getMessage().contains("abc"), e.getMessage());
	}

	@Test
	void anUnknownModeIsRefusedNotReplacedByTheDefault() throws IOException {
		Path file = write("db.mode=oracle\n");
		DuchaException e = assertThrows(DuchaException.class, () -> ConfigReader.read(file, folder));
		assertTrue(e.getMessage().contains("db.mode"), e.getMessage());
	}

	@Test
	void aServerModeWithoutHostIsRefused() throws IOException {
		Path file = write("db.mode=postgresql\ndb.name=ducha\n");
		DuchaException e = assertThrows(DuchaException.class, () -> ConfigReader.read(file, folder));
		assertTrue(e.getMessage().contains("db.host"), e.getMessage());
	}
}
