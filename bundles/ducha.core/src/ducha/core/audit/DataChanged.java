package ducha.core.audit;

/**
 * The OSGi EventAdmin event posted (asynchronously) after an audit entry committed, so that views showing figures
 * (the home dashboard, the notifications area) can recompute: after {@link AuditLog#record} for the plugins, and
 * after the commit of the core services' own transactions (directory, supervisors, accounts, demo seeding), whose
 * entries are written inside those transactions.
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
