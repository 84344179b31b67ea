package ducha.inspections;

import java.time.LocalDate;
import java.util.List;

import ducha.core.period.Period;
import ducha.core.security.Principal;

/**
 * Inspections, their findings and the rectification flow: recorded → rectified (the department) → verified (the
 * office) → the inspection closed. Evidence files of a finding are the platform's
 * {@link ducha.core.attachments.AttachmentService attachments} of owner {@link #EVIDENCE_OWNER} under the finding's
 * number (sealed while the inspection is unannounced and open).
 * <p>
 * Who sees what: the supervision office ({@link InspectionPermissions#MANAGE}) everything; a holder of
 * {@link InspectionPermissions#READ} the inspections of the departments in their scope and their findings, except
 * an unannounced inspection (暗访) that is not closed, which does not exist for them (NotFoundException).
 */
public interface InspectionService {

	/** The owner of the findings' evidence files. */
	String EVIDENCE_OWNER = "inspections.finding";

	/**
	 * Records a new inspection ({@code inspection.inspectionNo()} null: numbered {@code DC<year>-NNN}) or updates a
	 * stored one; checks the checklist results against the version named. Needs MANAGE. An update made from an
	 * out-of-date {@link Inspection#version()} is refused with a {@link ducha.core.ConcurrentChangeException}.
	 *
	 * @param planNo the plan it carries out, or null
	 */
	Inspection record(Inspection inspection, String planNo, Principal actor);

	/** @throws ducha.core.NotFoundException when there is none the viewer may see */
	Inspection inspection(String inspectionNo, Principal viewer);

	/** The inspections dated in the period the viewer may see, by date. */
	List<Inspection> inspections(Period period, Principal viewer);

	/** The inspection's checklist results added up against the version it ran (all zeros without a checklist). */
	ChecklistScore score(String inspectionNo, Principal viewer);

	/** Adds a finding (numbered {@code <inspectionNo>-<n>}) to an open inspection. Needs MANAGE. */
	Finding addFinding(String inspectionNo, Finding finding, Principal actor);

	/** The inspection's findings the viewer may see, in order. */
	List<Finding> findings(String inspectionNo, Principal viewer);

	/** @throws ducha.core.NotFoundException when there is none the viewer may see */
	Finding finding(String findingNo, Principal viewer);

	/** Findings not yet verified that the viewer may see, by deadline. */
	List<Finding> openFindings(Principal viewer);

	/**
	 * The department reports the finding rectified. Needs {@link InspectionPermissions#RECTIFY} and the finding's
	 * department in scope (the office may report it for them). {@code seenVersion} is the {@link Finding#version()}
	 * the caller read: a finding changed since is refused with a {@link ducha.core.ConcurrentChangeException} naming
	 * who changed it.
	 */
	Finding reportRectified(String findingNo, long seenVersion, LocalDate on, String note, Principal actor);

	/**
	 * The office verifies the rectification (销号); needs MANAGE and a reported rectification; {@code seenVersion} as
	 * for {@link #reportRectified}.
	 */
	Finding verify(String findingNo, long seenVersion, LocalDate on, Principal actor);

	/** Closes the inspection once every finding is verified. Needs MANAGE. */
	Inspection close(String inspectionNo, LocalDate on, Principal actor);
}
