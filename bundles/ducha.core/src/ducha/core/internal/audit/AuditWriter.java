package ducha.core.internal.audit;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import ducha.core.internal.jpa.AuditEntryEntity;
import ducha.core.security.Principal;

/** Adds an audit entry to the caller's transaction, so that the change and its entry commit together. */
public final class AuditWriter {

	private AuditWriter() {
	}

	public static void write(EntityManager em, Principal actor, String action, String objectType, String objectId,
			String detail) {
		write(em, actor.username(), action, objectType, objectId, detail);
	}

	public static void write(EntityManager em, String actor, String action, String objectType, String objectId,
			String detail) {
		em.persist(new AuditEntryEntity(Instant.now(), truncate(actor, 50), action, objectType,
				truncate(objectId, 100), truncate(detail, AuditEntryEntity.DETAIL_LENGTH)));
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
