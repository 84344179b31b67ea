package ducha.core.ledger;

import jakarta.persistence.EntityManagerFactory;

import ducha.core.audit.AuditLog;
import ducha.core.security.AuthorizationService;

/**
 * What a plugin's {@link RecordLedgerKind}s store, check and audit through; {@link #of} makes one from the plugin's
 * services.
 */
public interface LedgerStorage {

	/** The storage of a plugin's services, permissions and audit action. */
	static LedgerStorage of(EntityManagerFactory unit, AuthorizationService authorization, AuditLog audit,
			String writePermission, String readPermission, String importAction) {
		return new Of(unit, authorization, audit, writePermission, readPermission, importAction);
	}

	/** The storage {@link #of} makes. */
	record Of(EntityManagerFactory unit, AuthorizationService authorization, AuditLog audit, String writePermission,
			String readPermission, String importAction) implements LedgerStorage {
	}

	/** The plugin's persistence unit, where its records live. */
	EntityManagerFactory unit();

	AuthorizationService authorization();

	AuditLog audit();

	/** The permission an import needs. */
	String writePermission();

	/** The permission an export needs. */
	String readPermission();

	/** The audit action of an accepted import, e.g. {@code integrity.ledger.import}. */
	String importAction();
}
