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
 */
public record LedgerColumn(String key, String header, boolean required, String example, String description) {

	public LedgerColumn {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(header, "header");
	}
}
