package ducha.integrity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A disciplinary disposition about one staff member.
 *
 * @param id        database id, 0 before it is stored
 * @param recordNo  编号, the ledger key; generated when blank
 * @param staffNo   工号
 * @param type      the form of discipline
 * @param date      day it was decided
 * @param basis     依据: the facts and the rule applied
 * @param decidedBy who decided (院党组, 纪检组, ...), may be null
 * @param note      remarks, may be null
 */
public record Disposition(long id, String recordNo, String staffNo, DispositionType type, LocalDate date,
		String basis, String decidedBy, String note) {

	public Disposition {
		Objects.requireNonNull(staffNo, "staffNo");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(date, "date");
	}
}
