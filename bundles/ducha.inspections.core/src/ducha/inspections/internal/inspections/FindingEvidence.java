package ducha.inspections.internal.inspections;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.attachments.AttachmentAccess;
import ducha.core.attachments.AttachmentPolicy;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.inspections.InspectionService;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.jpa.FindingEntity;

/**
 * The findings' evidence files (photos, screenshots, documents): whoever sees the finding lists and opens them, only
 * the office adds and removes them; sealed while the inspection is unannounced and not closed.
 */
@Component
public class FindingEvidence implements AttachmentPolicy {

	@Reference
	private InspectionsContext context;

	@Override
	public String owner() {
		return InspectionService.EVIDENCE_OWNER;
	}

	@Override
	public void check(String findingNo, AttachmentAccess access, Principal actor) {
		FindingEntity finding = Jpa.read(context.emf, em -> Records.finding(em, findingNo));
		if (finding == null || !context.maySee(actor, finding.toRecord(), finding.inspection().toRecord())) {
			throw new NotFoundException(NLS.bind(Messages.findingNotFound, findingNo));
		}
		if (access == AttachmentAccess.ADD || access == AttachmentAccess.DELETE) {
			context.checkManage(actor);
		}
	}

	@Override
	public boolean confidential(String findingNo) {
		FindingEntity finding = Jpa.read(context.emf, em -> Records.finding(em, findingNo));
		return finding != null && finding.inspection().toRecord().confidential();
	}
}
