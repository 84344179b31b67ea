package ducha.core.documents;

import jakarta.persistence.EntityManager;

import ducha.core.security.Principal;

/**
 * OSGi service: numbers bulletins and notices per kind and year (2024年第N期). Numbers are unique even when several
 * desktops issue at the same moment on a shared database: each takes the next number of the kind's counter row
 * ({@link ducha.core.jpa.Counters}), which stays locked until the issuing transaction ends, and records the issue
 * in the same transaction. A document stored by its plugin takes its number with {@link #issueIn} inside the
 * transaction that stores it, so that a failed or concurrent store gives the number back and none is skipped.
 */
public interface NumberingService {

	/**
	 * Takes the next number of the kind in the year and records who issued what under it.
	 *
	 * @param kind  stable kind id, e.g. {@code inspections.bulletin}
	 * @param year  the year the number counts in
	 * @param title the document's title, recorded with the number
	 */
	DocumentNumber issue(String kind, int year, String title, Principal actor);

	/**
	 * Takes the next number of the kind in the year inside the caller's transaction and records the issue there:
	 * the number is used up only when that transaction commits.
	 *
	 * @param em the EntityManager of a running {@link ducha.core.jpa.Jpa#write} of any persistence unit, whose
	 *           transaction stores the document
	 */
	DocumentNumber issueIn(EntityManager em, String kind, int year, String title, Principal actor);

	/** The last number issued of the kind in the year, 0 when none. */
	int lastIssued(String kind, int year);
}
