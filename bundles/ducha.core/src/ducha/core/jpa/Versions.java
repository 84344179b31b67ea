package ducha.core.jpa;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import ducha.core.ConcurrentChangeException;
import ducha.core.Language;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.internal.jpa.Messages;

/**
 * Optimistic locking of records a user edits in a form: the form keeps the version the record had when it was
 * shown, and the service compares it with the stored one before it changes anything. Entities carry a JPA
 * {@code @Version} column, so two saves that pass this check at the same moment are still told apart at commit
 * ({@link Jpa#write} turns that refusal into the same {@link ConcurrentChangeException}).
 */
public final class Versions {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private Versions() {
	}

	/**
	 * Refuses the save when the stored version is not the one the user saw.
	 *
	 * @param stored     the version of the entity as it is stored now
	 * @param seen       the version the user's form was filled from
	 * @param audit      where the other change is looked up, to name who made it and when
	 * @param objectType the record's type as its audit entries name it (e.g. {@code petition})
	 * @param objectId   its key as its audit entries name it
	 * @param label      the record as the user knows it (e.g. 信访件 XF2026-004)
	 * @throws ConcurrentChangeException when the versions differ
	 */
	public static void expect(long stored, long seen, AuditLog audit, String objectType, String objectId,
			String label) {
		if (stored != seen) {
			throw changed(label, audit.latestChange(objectType, objectId));
		}
	}

	/** The refusal for a record another change overtook; {@code latest} names that change when known. */
	public static ConcurrentChangeException changed(String label, Optional<AuditEntry> latest) {
		return latest
				.map(e -> new ConcurrentChangeException(Language.format(Messages.Versions_changedBy, label,
						e.actor(), WHEN.format(e.at())), e.actor(), e.at()))
				.orElseGet(() -> new ConcurrentChangeException(Language.format(Messages.Versions_changed, label),
						null, null));
	}
}
