package ducha.persistence.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import ducha.core.DuchaException;
import ducha.core.Language;

/**
 * {@code manifest.properties} of a backup folder: when it was written, from which database, the name of its Derby
 * copy, the data folder's files it holds and what the copy held when it was checked (rows per table, schema
 * versions). Written last, so a folder without it is an unfinished backup; a restore compares the copy it builds
 * with it.
 *
 * @param files the data folder's files held, relative to the backup's {@link DataFiles#FOLDER}
 */
record BackupManifest(Instant created, String database, String derbyFolder, DatabaseContents contents,
		List<String> files) {

	static final String FILE = "manifest.properties";
	private static final String FORMAT = "ducha-backup-1";

	BackupManifest {
		files = List.copyOf(files);
	}

	static boolean exists(Path backup) {
		return Files.isRegularFile(backup.resolve(FILE));
	}

	/** Written beside and moved into place: the manifest appears whole or not at all. */
	void write(Path backup) throws IOException {
		Properties p = new Properties();
		p.setProperty("format", FORMAT);
		p.setProperty("created", created.toString());
		p.setProperty("database", database);
		p.setProperty("derby", derbyFolder);
		contents.rows().forEach((table, count) -> p.setProperty("rows." + table, Long.toString(count)));
		contents.schemaVersions().forEach((table, version) -> p.setProperty("schema." + table, version));
		for (int i = 0; i < files.size(); i++) {
			p.setProperty("file." + (i + 1), files.get(i));
		}
		Path temp = backup.resolve(FILE + ".tmp");
		try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			p.store(out, "Ducha backup: checked by ducha-cli db restore; do not edit");
		}
		Folders.rename(temp, backup.resolve(FILE));
	}

	/** @throws DuchaException naming the file when it is missing, unreadable or not a Ducha backup's */
	static BackupManifest read(Path backup) {
		Path file = backup.resolve(FILE);
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		} catch (IOException | IllegalArgumentException e) {
			throw broken(file, e.getMessage());
		}
		if (!FORMAT.equals(p.getProperty("format"))) {
			throw broken(file, "format " + p.getProperty("format"));
		}
		SortedMap<String, Long> rows = new TreeMap<>();
		SortedMap<String, String> versions = new TreeMap<>();
		SortedMap<Integer, String> files = new TreeMap<>();
		try {
			for (String key : p.stringPropertyNames()) {
				String value = p.getProperty(key);
				if (key.startsWith("rows.")) {
					rows.put(key.substring(5), Long.parseLong(value));
				} else if (key.startsWith("schema.")) {
					versions.put(key.substring(7), value);
				} else if (key.startsWith("file.")) {
					files.put(Integer.parseInt(key.substring(5)), value);
				}
			}
			String derby = required(p, file, "derby");
			return new BackupManifest(Instant.parse(required(p, file, "created")), p.getProperty("database", ""),
					derby, new DatabaseContents(rows, versions), new ArrayList<>(files.values()));
		} catch (NumberFormatException | DateTimeParseException e) {
			throw broken(file, e.getMessage());
		}
	}

	private static String required(Properties p, Path file, String key) {
		String value = p.getProperty(key);
		if (value == null || value.isBlank()) {
			throw broken(file, key);
		}
		return value;
	}

	private static DuchaException broken(Path file, String reason) {
		return new DuchaException(Language.format(Messages.Backup_manifestBroken, file, reason));
	}
}
