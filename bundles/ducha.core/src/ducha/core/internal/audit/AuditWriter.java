package ducha.core.internal.audit;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import ducha.core.audit.DataChanged;
import ducha.core.internal.jpa.AuditEntryEntity;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;

/**
 * Adds an audit entry to the caller's transaction, so that the change and its entry commit together (the entry is
 * appended to the hash chain as the transaction's last step: {@link AuditChain}), and announces the change
 * ({@link DataChanged#TOPIC}) once that transaction committed. Every audited write goes through here: the core
 * services inside their own transactions, plugins inside theirs through {@link DefaultAuditLog#recordIn}.
 */
@Component(service = AuditWriter.class)
public class AuditWriter {

	/** Optional: without an EventAdmin (a bare test runtime) changes are recorded, just not announced. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	/** @param em the EntityManager of a running {@link Jpa#write} */
	public void write(EntityManager em, Principal actor, String action, String objectType, String objectId,
			String detail) {
		write(em, actor.username(), action, objectType, objectId, detail);
	}

	/** @param em the EntityManager of a running {@link Jpa#write}, of any bundle's persistence unit */
	public void write(EntityManager em, String actor, String action, String objectType, String objectId,
			String detail) {
		AuditChain.Pending entry = new AuditChain.Pending(LocalDateTime.now(), truncate(actor, 50), action, objectType,
				truncate(objectId, 100), truncate(detail, AuditEntryEntity.DETAIL_LENGTH));
		Jpa.beforeCommit(em, () -> AuditChain.append(em, entry));
		Jpa.afterCommit(em, () -> announce(action, objectType));
	}

	/** Posted asynchronously, after the commit: listeners that recompute see the stored change. */
	private void announce(String action, String objectType) {
		EventAdmin admin = events;
		if (admin != null) {
			Map<String, Object> properties = new HashMap<>();
			properties.put(DataChanged.ACTION, action);
			if (objectType != null) {
				properties.put(DataChanged.OBJECT_TYPE, objectType);
			}
			admin.postEvent(new Event(DataChanged.TOPIC, properties));
		}
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
