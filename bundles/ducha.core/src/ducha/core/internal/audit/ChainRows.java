package ducha.core.internal.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where {@link ChainVerifier} reads the chain from: the platform's persistence unit (the database in use) or a
 * JDBC connection to a copy of the database (a backup or a restore being checked before it is used).
 */
interface ChainRows {

	/** One entry as stored. */
	record Row(long id, long seq, LocalDateTime storedAt, String actor, String action, String objectType,
			String objectId, String detail, String previousHash, String entryHash) {
	}

	/** The row of {@code audit_chain_head}. */
	record Head(long lastSeq, String lastHash) {
	}

	/** How many entries have no position in the chain. */
	long unchained();

	/** Up to {@code max} entries after position {@code seq}, in the chain's order. */
	List<Row> after(long seq, int max);

	Head head();
}
