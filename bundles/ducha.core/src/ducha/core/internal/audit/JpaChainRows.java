package ducha.core.internal.audit;

import java.util.List;

import jakarta.persistence.EntityManager;

import ducha.core.internal.jpa.AuditEntryEntity;

/** The chain of the database in use, through the platform's persistence unit. */
final class JpaChainRows implements ChainRows {

	private static final String REFRESH = "eclipselink.refresh";

	private final EntityManager em;

	JpaChainRows(EntityManager em) {
		this.em = em;
	}

	@Override
	public long unchained() {
		return em.createQuery("select count(a) from AuditEntryEntity a where a.chainSeq is null", Long.class)
				.getSingleResult();
	}

	@Override
	public List<Row> after(long seq, int max) {
		List<Row> page = em
				.createQuery("select a from AuditEntryEntity a where a.chainSeq > :after order by a.chainSeq",
						AuditEntryEntity.class)
				.setParameter("after", seq).setMaxResults(max)
				// what the database holds now, not what this desktop's cache read before a change behind its back
				.setHint(REFRESH, "true").getResultList().stream()
				.map(a -> new Row(a.id(), a.chainSeq(), a.storedAt(), a.actor(), a.action(), a.objectType(),
						a.objectId(), a.detail(), a.previousHash(), a.entryHash()))
				.toList();
		em.clear();
		return page;
	}

	@Override
	public Head head() {
		Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from audit_chain_head where id = 1")
				.getSingleResult();
		return new Head(((Number) head[0]).longValue(), String.valueOf(head[1]).strip());
	}
}
