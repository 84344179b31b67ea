package ducha.core.internal.audit;

import ducha.core.jpa.Jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.audit.AuditVerification;
import ducha.core.internal.jpa.AuditEntryEntity;
import ducha.core.internal.jpa.FilteredQuery;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;

/** The audit log on table {@code audit_entry}, chained through {@code audit_chain_head} (migration V7). */
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
		// the writer announces the change once this transaction committed
		Jpa.run(emf, em -> recordIn(em, actor, action, objectType, objectId, detail));
	}

	@Override
	public void recordIn(EntityManager em, Principal actor, String action, String objectType, String objectId,
			String detail) {
		if (actor == null || action == null || action.isBlank()) {
			throw new IllegalArgumentException("audit entry needs an actor and an action");
		}
		writer.write(em, actor, action, objectType, objectId, detail);
	}

	@Override
	public AuditVerification verify(Principal reader) {
		authorization.check(reader, CorePermissions.AUDIT_READ);
		return Jpa.read(emf, em -> new ChainVerifier(new JpaChainRows(em)).verify());
	}

	@Override
	public List<AuditEntry> find(AuditQuery query, Principal reader) {
		authorization.check(reader, CorePermissions.AUDIT_READ);
		FilteredQuery select = new FilteredQuery("select a from AuditEntryEntity a where 1 = 1")
				.and("a.actor = :actor", "actor", query.actor())
				.and("a.action like :action escape '\\'", "action",
						query.actionPrefix() == null ? null : FilteredQuery.literal(query.actionPrefix()) + "%")
				.and("a.objectType = :objectType", "objectType", query.objectType())
				.and("a.objectId = :objectId", "objectId", query.objectId())
				.and("a.at >= :from", "from", query.from())
				.and("a.at <= :to", "to", query.to());
		int limit = query.limit() > 0 ? query.limit() : DEFAULT_LIMIT;
		return Jpa.read(emf, em -> {
			TypedQuery<AuditEntryEntity> q = select.create(em, "order by a.id desc", AuditEntryEntity.class);
			q.setMaxResults(limit);
			List<AuditEntry> result = new ArrayList<>();
			q.getResultList().forEach(e -> result.add(e.toRecord()));
			return result;
		});
	}

	@Override
	public Optional<AuditEntry> latestChange(String objectType, String objectId) {
		return Jpa.read(emf, em -> em.createQuery("select a from AuditEntryEntity a where a.objectType = :type"
				+ " and a.objectId = :id and a.action not like '%.read' and a.action not like '%.denied'"
				+ " order by a.id desc", AuditEntryEntity.class)
				.setParameter("type", objectType).setParameter("id", objectId).setMaxResults(1)
				.getResultList().stream().findFirst().map(AuditEntryEntity::toRecord));
	}
}
