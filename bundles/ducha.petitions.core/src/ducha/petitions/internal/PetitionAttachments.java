package ducha.petitions.internal;

import java.util.Optional;

import javax.crypto.SecretKey;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.attachments.AttachmentAccess;
import ducha.core.attachments.AttachmentPolicy;
import ducha.core.attachments.StoredAttachment;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.petitions.Attachment;
import ducha.petitions.internal.jpa.PetitionEntity;

/**
 * The petitions' rule for their files in the platform's attachment service: only those who work on the petition
 * (its assigned handlers and the office director) list, add, read or remove them, and every file is sealed (a
 * scanned letter names its writer), with the petition's data key when it has one ({@link PetitionKeys}).
 */
@Component(service = { AttachmentPolicy.class, PetitionAttachments.class })
public class PetitionAttachments implements AttachmentPolicy {

	/** The owner of petitions' files: the audit entries' object type, as the petition's own entries. */
	static final String OWNER = DefaultPetitionService.OBJECT;

	@Reference
	private PetitionsUnit unit;

	@Reference
	private PetitionKeys keys;

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

	@Override
	public Optional<SecretKey> dataKey(String number, Principal actor) {
		Optional<PetitionKeys.Opened> opened = Jpa.write(unit.emf(), em -> {
			PetitionEntity e = Petitions.find(em, number);
			return keys.enveloped(em, e) ? Optional.of(keys.open(em, e, actor)) : Optional.<PetitionKeys.Opened>empty();
		});
		opened.ifPresent(o -> keys.audit(actor, number, o.granted()));
		return opened.map(PetitionKeys.Opened::key);
	}

	static Attachment toAttachment(StoredAttachment stored) {
		return new Attachment(stored.id(), stored.fileName(), stored.size(), stored.createdBy(), stored.createdAt());
	}
}
