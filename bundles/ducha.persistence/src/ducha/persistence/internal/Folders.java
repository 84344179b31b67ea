package ducha.persistence.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;

/** The few file operations of backup and restore. */
final class Folders {

	private Folders() {
	}

	/** Deletes a folder with everything in it; nothing when it does not exist. */
	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (var walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** Renames in one step (both sides are in one folder), so that a crash leaves the one or the other. */
	static void rename(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	/** Readable by its owner only where the file system knows permissions: backups hold keys and passwords. */
	static void ownerOnly(Path path) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(path,
					PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
		}
	}

	/** {@code <name><suffix>} beside {@code path}, with {@code -2}, {@code -3}, ... when that is taken. */
	static Path freeSibling(Path path, String suffix) {
		Path candidate = path.resolveSibling(path.getFileName() + suffix);
		for (int i = 2; Files.exists(candidate); i++) {
			candidate = path.resolveSibling(path.getFileName() + suffix + "-" + i);
		}
		return candidate;
	}
}
