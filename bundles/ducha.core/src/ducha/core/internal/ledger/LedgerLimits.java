package ducha.core.internal.ledger;

import java.util.List;
import java.util.Properties;

import ducha.core.DataFolder;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;

/**
 * How large a ledger file may be: {@code ledger.max-rows} (rows after the header, blank ones included; 500,000 by
 * default) and {@code ledger.max-mb} (the file on disk, and an XLSX workbook's shared strings once unpacked; 100 MB
 * by default) in {@code ducha.properties}. Read at every import, so a change needs no restart. A file over a limit
 * is refused before it is read (its size) or as soon as the row after the limit streams past, never after minutes
 * of work or with the heap exhausted; the message names the file, the limit and the setting that raises it.
 *
 * @param maxRows  data rows a file may hold
 * @param maxBytes bytes a file may hold
 */
record LedgerLimits(long maxRows, long maxBytes) {

	static final String MAX_ROWS_KEY = "ledger.max-rows";
	static final String MAX_MB_KEY = "ledger.max-mb";
	static final long DEFAULT_MAX_ROWS = 500_000;
	static final long DEFAULT_MAX_MB = 100;

	private static final long MEGABYTE = 1024L * 1024;

	/** The limits of {@code ducha.properties} in the data folder, the defaults where a key is not set. */
	static LedgerLimits configured() {
		Properties settings = DataFolder.readSettings(DataFolder.configFile());
		return new LedgerLimits(positive(settings, MAX_ROWS_KEY, DEFAULT_MAX_ROWS),
				positive(settings, MAX_MB_KEY, DEFAULT_MAX_MB) * MEGABYTE);
	}

	/** Refuses a file larger than {@link #maxBytes()} before anything of it is read. */
	void checkSize(String fileName, long size) {
		if (size > maxBytes) {
			throw refused(fileName, Messages.format(Messages.Limit_tooLarge, megabytes(size), megabytes(maxBytes),
					MAX_MB_KEY));
		}
	}

	/** Refuses a file once it shows more than {@link #maxRows()} rows after its header. */
	void checkRows(String fileName, long rows) {
		if (rows > maxRows) {
			throw refused(fileName, Messages.format(Messages.Limit_tooManyRows, maxRows, MAX_ROWS_KEY));
		}
	}

	/** An XLSX part unpacked beyond {@link #maxBytes()}: a refusal of the file, for {@link BoundedInputStream}. */
	LedgerValidationException partTooLarge(String fileName) {
		return refused(fileName, Messages.format(Messages.Limit_partTooLarge, megabytes(maxBytes), MAX_MB_KEY));
	}

	private static long megabytes(long bytes) {
		return (bytes + MEGABYTE - 1) / MEGABYTE;
	}

	private static LedgerValidationException refused(String fileName, String reason) {
		return new LedgerValidationException(List.of(new LedgerProblem(fileName, 0, null, reason)));
	}

	private static long positive(Properties settings, String key, long fallback) {
		String configured = settings.getProperty(key);
		if (configured == null || configured.isBlank()) {
			return fallback;
		}
		try {
			long value = Long.parseLong(configured.strip());
			if (value > 0) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new LedgerValidationException(List.of(new LedgerProblem("ducha.properties", 0, null,
				Messages.format(Messages.Limit_badSetting, key, configured))));
	}
}
