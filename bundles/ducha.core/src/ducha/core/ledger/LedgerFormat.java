package ducha.core.ledger;

import java.nio.file.Path;
import java.util.Locale;

/** File formats ledgers are read from and written to. */
public enum LedgerFormat {
	CSV, XLSX;

	/** The format a file name implies; CSV unless it ends in .xlsx. */
	public static LedgerFormat of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") ? XLSX : CSV;
	}
}
