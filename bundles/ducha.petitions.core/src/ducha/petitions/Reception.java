package ducha.petitions;

import java.time.LocalDate;

/**
 * One entry of the reception log (信访接待日): who received a visitor on a reception day. The visitor is not named
 * here: when the visit led to a petition, its number links to the (protected) reporter.
 *
 * @param receiverName   the receiver's name from the staff directory (the 工号 when the directory has no such staff)
 * @param petitionNumber the petition the visit led to; null when none, or when the viewer may not see that petition
 */
public record Reception(long id, LocalDate day, String receiverStaffNo, String receiverName, String petitionNumber,
		String note) {
}
