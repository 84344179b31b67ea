package ducha.core.internal.audit;

import ducha.core.jpa.Jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.internal.jpa.AuditEntryEntity;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;

/** The audit log on table {@code audit_entry}. */
@Component
public class DefaultAuditLog implements AuditLog {

	/** Cap of one query when the caller gives no limit: enough for a screen, bounded for the database. */
	static final int DEFAULT_LIMIT = 1000;

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private AuditWriter writer;

	@Override
	public void record(Principal actor, String action, String objectType, String objectId, String detail) {
		if (actor == null || action == null || action.isBlank()) {
			throw new IllegalArgumentException("audit entry needs an actor and an action");
		}
		// the writer announces the change once this transaction committed
		Jpa.run(emf, em -> writer.write(em, actor, action, objectType, objectId, detail));
	}

	@Override
	public List<AuditEntry> find(AuditQuery query, Principal reader) {
		authorization.check(reader, CorePermissions.AUDIT_READ);
		StringBuilder jpql = new StringBuilder("select a from AuditEntryEntity a where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query.actor() != null) {
			jpql.append(" and a.actor = :actor");
			params.put("actor", query.actor());
		}
		if (query.actionPrefix() != null) {
			jpql.append(" and a.action like :action escape '\\'");
			params.put("action", escapeLike(query.actionPrefix()) + "%");
		}
		if (query.objectType() != null) {
			jpql.append(" and a.objectType = :objectType");
			params.put("objectType", query.objectType());
		}
		if (query.objectId() != null) {
			jpql.append(" and a.objectId = :objectId");
			params.put("objectId", query.objectId());
		}
		if (query.from() != null) {
			jpql.append(" and a.at >= :from");
			params.put("from", query.from());
		}
		if (query.to() != null) {
			jpql.append(" and a.at <= :to");
			params.put("to", query.to());
		}
		jpql.append(" order by a.id desc");
		int limit = query.limit() > 0 ? query.limit() : DEFAULT_LIMIT;
		return Jpa.read(emf, em -> {
			TypedQuery<AuditEntryEntity> q = em.createQuery(jpql.toString(), AuditEntryEntity.class);
			params.forEach(q::setParameter);
			q.setMaxResults(limit);
			List<AuditEntry> result = new ArrayList<>();
			q.getResultList().forEach(e -> result.add(e.toRecord()));
			return result;
		});
	}

	/** A prefix is matched literally: its own % and _ are not wildcards. */
	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
