package ducha.study.internal.reviews;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.attachments.AttachmentAccess;
import ducha.core.attachments.AttachmentPolicy;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.study.StudyPermissions;
import ducha.study.StudyRecordService;

/**
 * The study sessions' rule for their files (minutes, sign-in sheets, photos): whoever may read the session's
 * records lists and opens them, whoever may record the department's sessions adds and removes them. Not
 * confidential: the files are stored as they are.
 */
@Component
public class SessionAttachments implements AttachmentPolicy {

	@Reference
	private ReviewsUnit unit;

	@Override
	public String owner() {
		return StudyRecordService.ATTACHMENT_OWNER;
	}

	@Override
	public void check(String recordNo, AttachmentAccess access, Principal actor) {
		String department = Jpa.read(unit.emf, em -> em.createQuery(
				"select s.departmentCode from SessionEntity s where s.recordNo = :no", String.class)
				.setParameter("no", recordNo).getResultList().stream().findFirst()).orElseThrow(
						() -> new NotFoundException(NLS.bind(Messages.sessionNotFound, recordNo)));
		if (access == AttachmentAccess.LIST || access == AttachmentAccess.OPEN) {
			unit.checkReadRecords(actor, department);
		} else {
			unit.checkWrite(actor, StudyPermissions.RECORDS_WRITE, department);
		}
	}

	@Override
	public boolean confidential(String recordNo) {
		return false;
	}
}
