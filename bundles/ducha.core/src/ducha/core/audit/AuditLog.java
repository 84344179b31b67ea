package ducha.core.audit;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import ducha.core.security.Principal;

/**
 * The audit log every change goes through, a hash chain: each entry's hash covers its content and the hash of the
 * entry before it, so that {@link #verify} finds an entry changed or removed in the database behind the
 * platform's back. A change and its entry commit together: core services write theirs in their own transactions,
 * plugins call {@link #recordIn} inside theirs (their own persistence unit: the log is in the same database).
 */
public interface AuditLog {

	/**
	 * Records in a transaction of its own: for what changes nothing (a record read, a log-in) or what already
	 * committed elsewhere. A change belongs in {@link #recordIn}.
	 */
	void record(Principal actor, String action, String objectType, String objectId, String detail);

	/**
	 * Records inside the caller's transaction, which commits or rolls back the change and its entry together.
	 *
	 * @param em the EntityManager of a running {@link ducha.core.jpa.Jpa#write} of any bundle's persistence unit
	 */
	void recordIn(EntityManager em, Principal actor, String action, String objectType, String objectId,
			String detail);

	/** Walks the whole chain; needs {@code audit.read}. Long for a large log: call it off the UI thread. */
	AuditVerification verify(Principal reader);

	/** Needs {@code audit.read}. */
	List<AuditEntry> find(AuditQuery query, Principal reader);

	/**
	 * The newest entry of a change of one record (reads and refused reads, actions ending in {@code .read} or
	 * {@code .denied}, left out), without a permission check: it names who changed a record the caller is about to
	 * overwrite and when ({@link ducha.core.jpa.Versions}), nothing the record's own form does not show.
	 */
	Optional<AuditEntry> latestChange(String objectType, String objectId);
}
