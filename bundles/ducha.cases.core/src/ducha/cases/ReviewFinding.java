package ducha.cases;

import java.time.LocalDate;

/**
 * A case-review finding linked to the responsible staff member.
 *
 * @param id             stored id
 * @param caseNo         the case's canonical number
 * @param type           kind of problem
 * @param staffNo        工号 of the responsible staff member
 * @param departmentCode the staff member's department when the finding was made
 * @param foundDate      day of the finding
 * @param description    what was found
 * @param bulletinId     the bulletin that gathered it, or null
 */
public record ReviewFinding(long id, String caseNo, FindingType type, String staffNo, String departmentCode,
		LocalDate foundDate, String description, Long bulletinId) {
}
