package ducha.core.audit;

import java.time.Instant;

/** Filter for the audit log; null fields do not filter. {@code limit} caps the newest-first result. */
public record AuditQuery(String actor, String actionPrefix, String objectType, String objectId, Instant from,
		Instant to, int limit) {

	public static AuditQuery latest(int limit) {
		return new AuditQuery(null, null, null, null, null, null, limit);
	}
}
