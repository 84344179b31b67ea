package ducha.petitions.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.core.ValidationException;

/**
 * Attachment files under {@code petitions/attachments} of the data folder, sealed like the reporter (a scanned
 * letter names its writer).
 */
final class AttachmentFiles {

	static final long MAX_BYTES = 50L * 1024 * 1024;

	private final ReporterSeal seal;

	AttachmentFiles(ReporterSeal seal) {
		this.seal = seal;
	}

	static Path folder() {
		return DataFolder.get().resolve("petitions").resolve("attachments");
	}

	/** @return the stored file's name */
	String store(Path source) {
		if (!Files.isRegularFile(source)) {
			throw new ValidationException("附件：找不到文件 " + source);
		}
		try {
			if (Files.size(source) > MAX_BYTES) {
				throw new ValidationException("附件：" + source.getFileName() + " 超过 50 MB");
			}
			String name = UUID.randomUUID() + ".sealed";
			Files.createDirectories(folder());
			Files.write(folder().resolve(name), seal.seal(Files.readAllBytes(source)));
			return name;
		} catch (IOException e) {
			throw new DuchaException("附件无法保存: " + e.getMessage(), e);
		}
	}

	void open(String storedName, Path target) {
		try {
			Files.write(target, seal.open(Files.readAllBytes(folder().resolve(storedName))));
		} catch (IOException e) {
			throw new DuchaException("附件无法读取或写出: " + e.getMessage(), e);
		}
	}

	void delete(String storedName) {
		try {
			Files.deleteIfExists(folder().resolve(storedName));
		} catch (IOException e) {
			// an orphan sealed file reveals nothing; the failed store is what the caller reports
		}
	}
}
