package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.DataFolder;

/** The data folder holds the database, keys and the shared database's password: made for its owner only. */
class DataFolderTest {

	@TempDir
	Path parent;

	@Test
	void aNewDataFolderIsTheOwnersOnlyWhateverTheUmask() throws IOException {
		assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
		Path folder = DataFolder.create(parent.resolve("home/.ducha"));
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
	}

	@Test
	void anExistingFolderIsLeftAsItsUserSetItUp() throws IOException {
		assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
		Path folder = Files.createDirectory(parent.resolve("shared"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
		DataFolder.create(folder);
		assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
	}
}
