package ducha.cases.internal;

import ducha.core.documents.NumberingService;
import ducha.core.jpa.Counters;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * The issue number of a new case bulletin, taken inside the transaction that stores the bulletin from the
 * platform's counter of kind {@value #KIND} ({@link Counters}): unique across desktops, and given back when the
 * bulletin is not stored. With the platform's {@link NumberingService} the number is also recorded among the
 * documents issued; without it (the platform's document component removed or not started yet) the bulletin counts
 * on the same counter. Bulletins numbered before the counter existed (the year's highest stored issue + 1) move it
 * forward first, so neither way hands out a stored number again; so do bulletins the ledger {@code cases.bulletins}
 * stores ({@link #follow}).
 */
final class BulletinNumbering {

	/** The numbering kind of case bulletins. */
	static final String KIND = "cases.bulletin";

	private BulletinNumbering() {
	}

	/**
	 * The next issue of the year, taken inside the transaction that stores the bulletin.
	 *
	 * @param numbering the platform's service, or null when it is not available
	 */
	static int next(EntityManager em, int year, String title, NumberingService numbering, Principal actor) {
		int stored = follow(em, year);
		if (numbering == null) {
			return Counters.next(em, KIND, year, () -> stored);
		}
		return numbering.issueIn(em, KIND, year, title, actor).number();
	}

	/**
	 * Moves the year's counter to the highest issue stored, e.g. after the bulletins ledger stored 2024年第3期, so
	 * that the next bulletin of 2024 is 2024年第4期 (a counter already further keeps its place).
	 *
	 * @param em the EntityManager of the transaction that stored the bulletins
	 * @return the highest issue stored in the year, 0 when none
	 */
	static int follow(EntityManager em, int year) {
		int stored = em.createQuery("select max(b.issueNo) from BulletinEntity b where b.year = :year", Integer.class)
				.setParameter("year", year).getResultList().stream().filter(n -> n != null).findFirst().orElse(0);
		Counters.catchUp(em, KIND, year, stored);
		return stored;
	}
}
