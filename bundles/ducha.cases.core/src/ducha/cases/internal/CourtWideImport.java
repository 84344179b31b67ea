package ducha.cases.internal;

import org.eclipse.osgi.util.NLS;

import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;

/**
 * The rule of the cases ledgers whose rows belong to any department (a bulletin is the court's; an order is on a
 * case of any department): besides the ledger's permission, the importer must see every department.
 */
final class CourtWideImport {

	private CourtWideImport() {
	}

	/** @throws AccessDeniedException naming the ledger when the actor's scope is not court-wide */
	static void require(Principal actor, String ledgerLabel) {
		if (!actor.scope().all()) {
			throw new AccessDeniedException(NLS.bind(Messages.importNeedsCourtWideScope, ledgerLabel));
		}
	}
}
