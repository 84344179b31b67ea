package ducha.petitions;

import java.time.LocalDate;

/**
 * A case in the screening library.
 *
 * @param source         {@code ledger} for imported clues, otherwise the feeding plugin's id (e.g. {@code cases})
 * @param petitionNumber the petition it was merged into, for {@link ScreeningOutcome#MERGED}
 * @param version        the stored version this view was read at, named when the screening is recorded
 */
public record Clue(long id, String source, ClueKind kind, String caseNumber, String staffNo,
		String departmentCode, LocalDate flaggedOn, String description, ScreeningOutcome outcome, String outcomeNote,
		String petitionNumber, LocalDate screenedOn, String screenedBy, long version) {
}
