package ducha.core.internal.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.TableFile;

/**
 * Writes ledger files through {@link TableFile}: CSV in UTF-8 with a BOM (so that Excel opens the Chinese
 * correctly), or XLSX with a bold header row on the sheet 台账. All cells are text, so that 工号 like 00123 keep
 * their zeros and the file imports again as it was written.
 */
final class LedgerFileWriter {

	private static final String SHEET = "台账";

	private LedgerFileWriter() {
	}

	static void write(Path file, List<LedgerColumn> columns, List<List<String>> rows) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			TableFile.write(file, SHEET, columns.stream().map(LedgerColumn::header).toList(), rows);
		} catch (IOException e) {
			throw new DuchaException(Language.format(Messages.Writer_failed, file, e.getMessage()), e);
		}
	}
}
