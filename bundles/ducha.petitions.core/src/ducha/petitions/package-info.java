/**
 * Petitions and reports (信访举报): intake, verification and disposal, clearance of false reports, the clue
 * screening library and the reception log. The reporter's identity never leaves {@link PetitionService} except
 * through {@link PetitionService#revealReporter}, which only assigned handlers and the office director may call
 * and which is always audited.
 */
package ducha.petitions;
