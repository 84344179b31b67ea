package ducha.core.attachments;

import java.util.Optional;

import javax.crypto.SecretKey;

import ducha.core.security.Principal;

/**
 * The owning plugin's rules for the attachments of its records, registered as an OSGi service (whiteboard). The
 * platform cannot know who may see a petition or an inspection: before every call of {@link AttachmentService} it
 * asks the policy of the record's owner. Files of an owner without a registered policy (its plugin is removed or
 * switched off) can be neither added nor read.
 */
public interface AttachmentPolicy {

	/** The kind of record, e.g. {@code petition}: stored with each file, and the audit entries' object type. */
	String owner();

	/**
	 * Checks the actor's permission and department scope for the record.
	 *
	 * @throws ducha.core.security.AccessDeniedException when the actor may not
	 * @throws ducha.core.NotFoundException              when the record does not exist for the actor
	 */
	void check(String recordKey, AttachmentAccess access, Principal actor);

	/** True when files of this record must be stored encrypted. */
	boolean confidential(String recordKey);

	/**
	 * The record's own data key (envelope encryption, {@link ducha.core.security.Envelopes}) for a confidential
	 * record, unwrapped for the actor: its files are sealed with it, each bound to owner, record and file id.
	 * Empty: the record has no data key, and its files are sealed with the platform's attachments key file (the
	 * format before envelopes).
	 *
	 * @throws ducha.core.security.KeyUnavailableException when the record has a data key the actor cannot unwrap
	 */
	default Optional<SecretKey> dataKey(String recordKey, Principal actor) {
		return Optional.empty();
	}
}
