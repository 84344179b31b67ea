package ducha.app.internal.dialogs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ducha.properties} in the data folder, as the preferences dialog edits it: read whole, written back
 * line by line so that comments, order and keys this dialog does not know survive. UTF-8, as ducha.persistence
 * and the start script read it.
 */
final class DuchaSettings {

	static final String MODE = "db.mode";
	static final String PATH = "db.path";
	static final String HOST = "db.host";
	static final String PORT = "db.port";
	static final String NAME = "db.name";
	static final String USER = "db.user";
	static final String PASSWORD = "db.password";
	static final String SSL_MODE = "db.ssl.mode";
	static final String SSL_ROOT_CERT = "db.ssl.rootcert";
	static final String LANGUAGE = "language";

	private final Path file;
	private final Properties values = new Properties();

	private DuchaSettings(Path file) {
		this.file = file;
	}

	/** @throws IOException when the file exists but cannot be read */
	static DuchaSettings read(Path file) throws IOException {
		DuchaSettings settings = new DuchaSettings(file);
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				settings.values.load(in);
			}
		}
		return settings;
	}

	Path file() {
		return file;
	}

	String get(String key, String defaultValue) {
		String value = values.getProperty(key);
		return value == null ? defaultValue : value.strip();
	}

	/**
	 * Writes the given keys: existing lines of those keys are replaced, the others appended; a null value
	 * removes the key.
	 */
	void write(Map<String, String> changes) throws IOException {
		Map<String, String> pending = new LinkedHashMap<>(changes);
		List<String> lines = new ArrayList<>();
		if (Files.isRegularFile(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String key = keyOf(line);
				if (key != null && pending.containsKey(key)) {
					String value = pending.remove(key);
					if (value != null) {
						lines.add(key + "=" + escape(value));
					}
				} else {
					lines.add(line);
				}
			}
		}
		pending.forEach((key, value) -> {
			if (value != null) {
				lines.add(key + "=" + escape(value));
			}
		});
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		// the file may hold the shared database's password: owner-only from its first byte, then moved in place
		Path next = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
				? Files.createTempFile(folder, "ducha", ".properties",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(folder, "ducha", ".properties");
		try {
			Files.write(next, lines, StandardCharsets.UTF_8);
			Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(next);
		}
		changes.forEach((key, value) -> {
			if (value == null) {
				values.remove(key);
			} else {
				values.setProperty(key, value);
			}
		});
	}

	/** The key of a simple {@code key=value} or {@code key: value} line; null for comments and blank lines. */
	private static String keyOf(String line) {
		String trimmed = line.strip();
		if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
			return null;
		}
		int end = 0;
		while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
			end++;
		}
		return trimmed.substring(0, end);
	}

	/** Escapes what java.util.Properties would otherwise read differently. */
	private static String escape(String value) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case ' ' -> out.append(i == 0 ? "\\ " : " ");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
