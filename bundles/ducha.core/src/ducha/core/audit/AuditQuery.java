package ducha.core.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Filter for the audit log; null fields do not filter. {@code limit} caps the newest-first result. */
public record AuditQuery(String actor, String actionPrefix, String objectType, String objectId, Instant from,
		Instant to, int limit) {

	public static AuditQuery latest(int limit) {
		return new AuditQuery(null, null, null, null, null, null, limit);
	}

	/** The entries of whole days on this desktop's clock, {@code from} and {@code to} included; null days do not filter. */
	public static AuditQuery ofDays(String actor, String actionPrefix, String objectType, String objectId,
			LocalDate from, LocalDate to, int limit) {
		ZoneId zone = ZoneId.systemDefault();
		return new AuditQuery(actor, actionPrefix, objectType, objectId,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).minusNanos(1).toInstant(), limit);
	}
}
