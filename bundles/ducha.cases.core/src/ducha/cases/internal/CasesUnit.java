package ducha.cases.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerStorage;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManagerFactory;

/**
 * The plugin's persistence unit and the platform services that guard and record every use of it (directory,
 * permissions, audit log): one component that the plugin's services, ledgers and views reference instead of four
 * references each (DS injects only into the component class itself, not into a base class such as
 * {@link ReviewLedger}).
 */
@Component(service = CasesUnit.class)
public class CasesUnit {

	/** The largest page a list service returns. */
	static final int MAX_PAGE = 1000;

	@Reference(target = "(osgi.unit.name=ducha.cases)")
	EntityManagerFactory emf;

	@Reference
	DirectoryService directory;

	@Reference
	AuthorizationService authorization;

	@Reference
	AuditLog audit;

	/**
	 * The check every paged list of cases starts with: the reader needs cases.read, and a page holds 1 to
	 * {@value #MAX_PAGE} rows.
	 *
	 * @return false when the reader sees no department at all: the page is empty without a query
	 */
	boolean mayReadPage(Principal reader, int limit) {
		authorization.check(reader, CasePermissions.READ);
		if (limit < 1 || limit > MAX_PAGE) {
			throw new IllegalArgumentException("limit must be 1.." + MAX_PAGE + ": " + limit);
		}
		return !CaseJpql.seesNothing(reader);
	}

	/** The orders ledger's storage: imports need cases.supervise (as issuing an order does), exports cases.read. */
	LedgerStorage orderLedger() {
		return LedgerStorage.of(emf, authorization, audit, CasePermissions.SUPERVISE, CasePermissions.READ,
				"cases.ledger.import");
	}

	/** The review ledgers' storage: imports need cases.review, exports cases.read. */
	LedgerStorage reviewLedgers() {
		return LedgerStorage.of(emf, authorization, audit, CasePermissions.REVIEW, CasePermissions.READ,
				"cases.ledger.import");
	}
}
