package ducha.petitions;

import java.time.LocalDate;

/**
 * One entry of the reception log (信访接待日): who received a visitor on a reception day. The visitor is not named
 * here: when the visit led to a petition, its number links to the (protected) reporter.
 */
public record Reception(long id, LocalDate day, String receiverStaffNo, String petitionNumber, String note) {
}
