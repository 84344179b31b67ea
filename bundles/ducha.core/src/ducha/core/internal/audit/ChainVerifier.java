package ducha.core.internal.audit;

import java.util.List;

import jakarta.persistence.EntityManager;

import ducha.core.Language;
import ducha.core.audit.AuditVerification;
import ducha.core.internal.jpa.AuditEntryEntity;

/**
 * Walks the audit chain in pages, from the first entry to the head, and stops at the first entry whose position,
 * link to the entry before or own hash does not match what {@link AuditHash} computes from its content.
 */
final class ChainVerifier {

	private static final int PAGE = 1000;
	private static final String REFRESH = "eclipselink.refresh";

	private final EntityManager em;
	private long checked;
	private long lastSeq;
	private String lastHash = AuditHash.GENESIS;

	ChainVerifier(EntityManager em) {
		this.em = em;
	}

	AuditVerification verify() {
		long outside = em.createQuery("select count(a) from AuditEntryEntity a where a.chainSeq is null", Long.class)
				.getSingleResult();
		if (outside > 0) {
			return broken(null, null, Language.format(Messages.Chain_notChained, outside));
		}
		List<AuditEntryEntity> page;
		do {
			page = em.createQuery("select a from AuditEntryEntity a where a.chainSeq > :after order by a.chainSeq",
					AuditEntryEntity.class).setParameter("after", lastSeq).setMaxResults(PAGE)
					// what the database holds now, not what this desktop's cache read before a change behind its back
					.setHint(REFRESH, "true").getResultList();
			for (AuditEntryEntity entry : page) {
				AuditVerification problem = check(entry);
				if (problem != null) {
					return problem;
				}
			}
			em.clear();
		} while (page.size() == PAGE);
		Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from audit_chain_head where id = 1")
				.getSingleResult();
		long headSeq = ((Number) head[0]).longValue();
		if (headSeq != lastSeq || !lastHash.equals(String.valueOf(head[1]).strip())) {
			return broken(null, null, Language.format(Messages.Chain_head, lastSeq, headSeq));
		}
		return new AuditVerification(checked, lastHash, null, null, null);
	}

	private AuditVerification check(AuditEntryEntity entry) {
		long seq = entry.chainSeq();
		if (seq != lastSeq + 1) {
			return broken(entry.id(), seq, Language.format(Messages.Chain_gap, entry.id(), seq, lastSeq + 1));
		}
		if (!lastHash.equals(entry.previousHash())) {
			return broken(entry.id(), seq, Language.format(Messages.Chain_previous, entry.id(), seq));
		}
		String expected = AuditHash.of(seq, entry.storedAt(), entry.actor(), entry.action(), entry.objectType(),
				entry.objectId(), entry.detail(), lastHash);
		if (!expected.equals(entry.entryHash())) {
			return broken(entry.id(), seq, Language.format(Messages.Chain_changed, entry.id(), seq));
		}
		checked++;
		lastSeq = seq;
		lastHash = expected;
		return null;
	}

	private AuditVerification broken(Long id, Long seq, String problem) {
		return new AuditVerification(checked, lastHash, id, seq, problem);
	}
}
