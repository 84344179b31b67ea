package ducha.petitions.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.attachments.AttachmentAccess;
import ducha.core.attachments.AttachmentPolicy;
import ducha.core.attachments.StoredAttachment;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.petitions.Attachment;

/**
 * The petitions' rule for their files in the platform's attachment service: only those who work on the petition
 * (its assigned handlers and the office director) list, add, read or remove them, and every file is sealed (a
 * scanned letter names its writer).
 */
@Component(service = { AttachmentPolicy.class, PetitionAttachments.class })
public class PetitionAttachments implements AttachmentPolicy {

	/** The owner of petitions' files: the audit entries' object type, as the petition's own entries. */
	static final String OWNER = DefaultPetitionService.OBJECT;

	@Reference
	private PetitionsUnit unit;

	@Override
	public String owner() {
		return OWNER;
	}

	@Override
	public void check(String number, AttachmentAccess access, Principal actor) {
		PetitionAccess rules = unit.access();
		Jpa.read(unit.emf(), em -> rules.workable(em, number, actor));
	}

	@Override
	public boolean confidential(String number) {
		return true;
	}

	static Attachment toAttachment(StoredAttachment stored) {
		return new Attachment(stored.id(), stored.fileName(), stored.size(), stored.createdBy(), stored.createdAt());
	}
}
