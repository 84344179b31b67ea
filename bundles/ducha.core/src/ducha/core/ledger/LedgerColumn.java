package ducha.core.ledger;

import java.util.Objects;

/**
 * A column of a ledger (台账) file.
 *
 * @param key         stable English key, also accepted as header
 * @param header      the Chinese header users see in Excel, e.g. 工号
 * @param required    whether every row must have a value
 * @param example     value written into the template's example row
 * @param description what the column holds and which values it accepts (docs and template notes)
 * @param maxLength   the most characters a value may have, 0 for no limit ({@link LedgerRowValidator#text} refuses
 *                    longer values)
 */
public record LedgerColumn(String key, String header, boolean required, String example, String description,
		int maxLength) {

	public LedgerColumn {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(header, "header");
		if (maxLength < 0) {
			throw new IllegalArgumentException("maxLength < 0: " + maxLength);
		}
	}

	/** A column whose values may be of any length. */
	public LedgerColumn(String key, String header, boolean required, String example, String description) {
		this(key, header, required, example, description, 0);
	}

	/** This column with values of at most {@code characters} characters. */
	public LedgerColumn limit(int characters) {
		return new LedgerColumn(key, header, required, example, description, characters);
	}
}
