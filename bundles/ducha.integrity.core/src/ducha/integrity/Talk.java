package ducha.integrity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One talk of the three-level talks (三级约谈).
 *
 * @param id            database id, 0 before it is stored
 * @param recordNo      编号, the ledger key; generated when blank
 * @param staffNo       工号 of the person talked to
 * @param level         which of the three levels
 * @param date          day the talk was held
 * @param heldBy        who held it as printed on the record (post and name, e.g. 民一庭庭长 李明)
 * @param heldByStaffNo 工号 of the staff member who held it (谈话人工号), whose duties the performance archive
 *                      counts; null for talks recorded before the 工号 was kept
 * @param reason        why
 * @param content       what was said, may be null
 * @param followUp      agreed follow-up (整改要求、回访), may be null
 * @param escalatedFrom id of the lower-level talk this one escalates, or null
 * @param version       the stored version this view was read at (0 before it is stored): escalating the talk
 *                      names it, and is refused when the talk changed since
 */
public record Talk(long id, String recordNo, String staffNo, TalkLevel level, LocalDate date, String heldBy,
		String heldByStaffNo, String reason, String content, String followUp, Long escalatedFrom, long version) {

	public Talk {
		Objects.requireNonNull(staffNo, "staffNo");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(date, "date");
	}

	/**
	 * A new talk, not yet stored.
	 *
	 * @param heldBy may be blank: the service fills in the name of the staff member {@code heldByStaffNo}
	 */
	public static Talk of(String staffNo, TalkLevel level, LocalDate date, String heldBy, String heldByStaffNo,
			String reason, String content, String followUp) {
		return new Talk(0, null, staffNo, level, date, heldBy, heldByStaffNo, reason, content, followUp, null, 0);
	}
}
