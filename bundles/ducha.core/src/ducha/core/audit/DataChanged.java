package ducha.core.audit;

/**
 * The OSGi EventAdmin event posted (asynchronously) after an {@link AuditLog#record audit entry} committed, so that
 * views showing figures (the home dashboard) can recompute. Entries that core services write inside their own
 * transaction (directory, users, demo seeding) post no event.
 */
public final class DataChanged {

	/** Event topic. */
	public static final String TOPIC = "ducha/data/changed";
	/** Property: the audit action, e.g. {@code integrity.talk.record}. */
	public static final String ACTION = "action";
	/** Property: the audited object type, e.g. {@code staff}; absent when the entry has none. */
	public static final String OBJECT_TYPE = "objectType";

	private DataChanged() {
	}
}
