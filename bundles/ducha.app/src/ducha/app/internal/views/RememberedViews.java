package ducha.app.internal.views;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import ducha.core.DataFolder;

/**
 * The views each account had open when it last left the workbench, in {@value #FILE} of the data folder (UTF-8
 * properties): {@code <user>.views} lists the part ids in tab order, comma-separated, and {@code <user>.active}
 * names the active one. The workbench itself starts with {@code -clearPersistedState}, because a persisted E4 model
 * would keep parts of plugins removed since; this file holds only ids, which the next log-in checks against the
 * views installed then. Kept on this computer, not in the shared database: it is where this user left off here.
 */
final class RememberedViews {

	static final String FILE = "open-views.properties";

	/** One account's views: ids in tab order and the active one (null when none was). */
	record Views(List<String> ids, String active) {
	}

	private final Path file;

	RememberedViews() {
		this(DataFolder.get().resolve(FILE));
	}

	RememberedViews(Path file) {
		this.file = file;
	}

	Views read(String username) throws IOException {
		Properties values = load();
		String ids = values.getProperty(username + ".views", "");
		return new Views(Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
				values.getProperty(username + ".active"));
	}

	/** Replaces the account's entry; the other accounts' entries stay. */
	void write(String username, Views views) throws IOException {
		Properties values = load();
		values.setProperty(username + ".views", String.join(",", views.ids()));
		if (views.active() == null) {
			values.remove(username + ".active");
		} else {
			values.setProperty(username + ".active", views.active());
		}
		Files.createDirectories(file.getParent());
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			values.store(out, "Ducha: the views each account had open when it left the workbench");
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private Properties load() throws IOException {
		Properties values = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				values.load(in);
			}
		}
		return values;
	}
}
