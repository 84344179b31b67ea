package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.persistence.SettingsFile;

/** A ducha.properties that lets other users of the computer read the database password is reported. */
class SettingsFileTest {

	@TempDir
	Path folder;

	@BeforeEach
	void posix() {
		assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
	}

	private Path settings(String text, String permissions) throws IOException {
		Path file = folder.resolve("ducha.properties");
		Files.writeString(file, text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
		return file;
	}

	@Test
	void aPasswordReadableByOthersIsReportedNamingTheFile() throws IOException {
		Path file = settings("db.mode=postgresql\ndb.password=geheim\n", "rw-r--r--");
		String warning = SettingsFile.passwordWarning(file).orElseThrow(() -> new AssertionError("no warning"));
		assertTrue(warning.contains(file.toString()), warning);
		assertTrue(warning.contains("db.password"), warning);
		assertTrue(SettingsFile.passwordWarning(settings("db.password=geheim\n", "rw-r-----")).isPresent(),
				"readable by the group");
	}

	@Test
	void anOwnerOnlyFileOrOneWithoutPasswordIsNotReported() throws IOException {
		assertEquals(Optional.empty(), SettingsFile.passwordWarning(settings("db.password=geheim\n", "rw-------")));
		assertEquals(Optional.empty(), SettingsFile.passwordWarning(settings("db.mode=embedded\n", "rw-r--r--")));
		assertEquals(Optional.empty(), SettingsFile.passwordWarning(folder.resolve("missing.properties")));
	}
}
