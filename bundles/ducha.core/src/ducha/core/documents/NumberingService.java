package ducha.core.documents;

import ducha.core.security.Principal;

/**
 * OSGi service: numbers bulletins and notices per kind and year (2024年第N期). Numbers are gap-free and unique
 * even when several desktops issue at the same moment on a shared database: each call takes the next number in
 * one database transaction that locks the kind's counter row and records the issue.
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

	/** The last number issued of the kind in the year, 0 when none. */
	int lastIssued(String kind, int year);
}
