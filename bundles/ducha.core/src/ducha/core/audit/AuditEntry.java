package ducha.core.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param id         sequence number
 * @param at         when
 * @param actor      user name of the {@link ducha.core.security.Principal}
 * @param action     verb, e.g. {@code staff.import}, {@code user.login}, {@code petition.reporter.read}
 * @param objectType kind of record touched, e.g. {@code staff}
 * @param objectId   key of the record (工号, department code, ...), may be null for bulk actions
 * @param detail     human-readable detail (counts, changed fields, the reason given)
 */
public record AuditEntry(long id, Instant at, String actor, String action, String objectType, String objectId,
		String detail) {

	/** The record touched as shown in lists: {@code type id}, either part left out when absent. */
	public String record() {
		if (objectType == null) {
			return objectId == null ? "" : objectId;
		}
		return objectId == null ? objectType : objectType + " " + objectId;
	}

	/** The detail as lists show it: a reason sealed for its record shows as sealed, without its ciphertext. */
	public String shownDetail() {
		return SealedReasons.withoutToken(detail);
	}
}
