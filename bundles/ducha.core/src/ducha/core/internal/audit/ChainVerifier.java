package ducha.core.internal.audit;

import java.util.List;

import ducha.core.Language;
import ducha.core.audit.AuditVerification;

/**
 * Walks the audit chain in pages, from the first entry to the head, and stops at the first entry whose position,
 * link to the entry before or own hash does not match what {@link AuditHash} computes from its content.
 */
final class ChainVerifier {

	private static final int PAGE = 1000;

	private final ChainRows rows;
	private long checked;
	private long lastSeq;
	private String lastHash = AuditHash.GENESIS;

	ChainVerifier(ChainRows rows) {
		this.rows = rows;
	}

	AuditVerification verify() {
		long outside = rows.unchained();
		if (outside > 0) {
			return broken(null, null, Language.format(Messages.Chain_notChained, outside));
		}
		List<ChainRows.Row> page;
		do {
			page = rows.after(lastSeq, PAGE);
			for (ChainRows.Row entry : page) {
				AuditVerification problem = check(entry);
				if (problem != null) {
					return problem;
				}
			}
		} while (page.size() == PAGE);
		ChainRows.Head head = rows.head();
		if (head.lastSeq() != lastSeq || !lastHash.equals(head.lastHash())) {
			return broken(null, null, Language.format(Messages.Chain_head, lastSeq, head.lastSeq()));
		}
		return new AuditVerification(checked, lastHash, null, null, null);
	}

	private AuditVerification check(ChainRows.Row entry) {
		long seq = entry.seq();
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
