package ducha.petitions;

import java.time.LocalDate;

/**
 * 不实信访举报澄清: a staff member formally cleared of a report concluded unfounded or false.
 *
 * @param statement the clearance text; {@link PetitionService#clearanceNotice} turns it into the notice text
 */
public record Clearance(long id, String petitionNumber, String staffNo, LocalDate clearedOn, String statement,
		String issuedBy) {
}
