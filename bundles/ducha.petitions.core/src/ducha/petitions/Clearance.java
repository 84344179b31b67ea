package ducha.petitions;

import java.time.LocalDate;

/**
 * 不实信访举报澄清: a staff member formally cleared of a report concluded unfounded or false.
 *
 * @param statement    the clearance text; {@link PetitionService#clearanceNotice} turns it into the notice
 * @param noticeNumber the number of the clearance notice (e.g. 2026年第3期), null until the notice is first issued
 */
public record Clearance(long id, String petitionNumber, String staffNo, LocalDate clearedOn, String statement,
		String issuedBy, String noticeNumber) {

	/** The numbering kind of clearance notices (澄清通知书). */
	public static final String NOTICE_KIND = "petitions.clearance";
}
