package ducha.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The data folder's files a backup holds beside the database: the settings ({@code ducha.properties} and the
 * plugins' {@code *.properties}) and the sealing keys ({@code keys/}, the one key material kept outside the
 * database). The office's recovery key is deliberately not among them: it is kept offline.
 */
final class DataFiles {

	/** The backup's sub-folder holding them. */
	static final String FOLDER = "data";
	private static final String KEYS = "keys";

	private DataFiles() {
	}

	/** Copies the files into {@code backup/data}; returns their names relative to it. */
	static List<String> copyOut(Path dataFolder, Path backup) throws IOException {
		List<String> copied = new ArrayList<>();
		Path target = backup.resolve(FOLDER);
		for (Path file : held(dataFolder)) {
			Path relative = dataFolder.relativize(file);
			Path copy = target.resolve(relative);
			Files.createDirectories(copy.getParent());
			Files.copy(file, copy);
			Folders.ownerOnly(copy);
			copied.add(relative.toString().replace('\\', '/'));
		}
		return copied;
	}

	/**
	 * Puts the backup's keys (and with {@code settings} its settings files) into the data folder. A file missing
	 * here is added; one that differs is kept beside as {@code <name>.before-restore-<stamp>} and replaced, so that
	 * nothing is lost and the restored database's sealed values open. Keys made after the backup stay.
	 *
	 * @return the files added or replaced
	 */
	static List<Path> restore(Path backup, Path dataFolder, boolean settings, String stamp) throws IOException {
		Path source = backup.resolve(FOLDER);
		List<Path> restored = new ArrayList<>();
		for (Path file : held(source)) {
			Path relative = source.relativize(file);
			if (!settings && !relative.startsWith(KEYS)) {
				continue;
			}
			Path target = dataFolder.resolve(relative.toString());
			if (Files.exists(target) && Files.mismatch(file, target) == -1) {
				continue;
			}
			Files.createDirectories(target.getParent());
			Path temp = target.resolveSibling(target.getFileName() + ".restoring");
			Files.copy(file, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Folders.ownerOnly(temp);
			if (Files.exists(target)) {
				Folders.rename(target, Folders.freeSibling(target, ".before-restore-" + stamp));
			}
			Folders.rename(temp, target);
			restored.add(target);
		}
		return restored;
	}

	/** The settings files at the folder's top and every key file. */
	private static List<Path> held(Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> top = Files.list(folder)) {
			top.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".properties")).sorted()
					.forEach(files::add);
		}
		Path keys = folder.resolve(KEYS);
		if (Files.isDirectory(keys)) {
			try (Stream<Path> keyFiles = Files.list(keys)) {
				keyFiles.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".key"))
						.sorted().forEach(files::add);
			}
		}
		return files;
	}
}
