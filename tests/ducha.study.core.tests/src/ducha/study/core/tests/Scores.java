package ducha.study.core.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Score files as the office writes them: CSV with the ledger's Chinese headers. */
final class Scores {

	private Scores() {
	}

	static Path csv(Path folder, String name, String... lines) {
		try {
			return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
