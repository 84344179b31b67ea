package ducha.app.internal.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.ILog;

/**
 * For IT's check of plugin subsets (releng/scripts/plugin-subsets.sh): when the system property
 * {@value #PROPERTY} names a file, the navigator writes the ids of the views it lists there, one a line, each
 * time it lists them. The check starts the workbench with a set of plugins and compares the file with the views
 * exactly those plugins contribute.
 */
final class ViewListFile {

	static final String PROPERTY = "ducha.viewlist.file";

	private ViewListFile() {
	}

	static void write(List<ViewCategory> categories) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return;
		}
		List<String> ids = categories.stream().flatMap(c -> c.views().stream()).map(ViewEntry::descriptorId)
				.sorted().toList();
		try {
			Path target = Path.of(file);
			Path partial = target.resolveSibling(target.getFileName() + ".partial");
			Files.write(partial, ids, StandardCharsets.UTF_8);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException e) {
			ILog.of(ViewListFile.class).warn("The navigator's views could not be written to " + file, e);
		}
	}
}
