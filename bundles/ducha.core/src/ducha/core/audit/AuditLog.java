package ducha.core.audit;

import java.util.List;

import ducha.core.security.Principal;

/**
 * The audit log every change goes through. Core services write their entries in the same transaction as the
 * change; plugins call {@link #record} right after they commit (their own persistence unit).
 */
public interface AuditLog {

	void record(Principal actor, String action, String objectType, String objectId, String detail);

	/** Needs {@code audit.read}. */
	List<AuditEntry> find(AuditQuery query, Principal reader);
}
