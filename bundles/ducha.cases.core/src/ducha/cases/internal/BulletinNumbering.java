package ducha.cases.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import ducha.core.DuchaException;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.NumberingService;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * The issue number of a new case bulletin. With the platform's {@link NumberingService} (kind
 * {@value #KIND}) the number is gap-free and unique across desktops; without it (the platform's document component
 * removed or not started yet) the bulletin takes the year's highest stored issue + 1. Bulletins numbered without
 * the service (or before the service existed) are recorded with it first, so both ways never hand out one number
 * twice.
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
		int stored = em.createQuery("select max(b.issueNo) from BulletinEntity b where b.year = :year", Integer.class)
				.setParameter("year", year).getResultList().stream().filter(n -> n != null).findFirst().orElse(0);
		if (numbering == null) {
			return stored + 1;
		}
		for (int issue = numbering.lastIssued(KIND, year) + 1; issue <= stored; issue++) {
			numbering.issue(KIND, year, storedTitle(em, year, issue), actor);
		}
		DocumentNumber number = numbering.issue(KIND, year, title, actor);
		if (number.number() <= stored) {
			throw new DuchaException(NLS.bind(Messages.bulletinNumberUsed, number.label()));
		}
		return number.number();
	}

	/** The title a stored bulletin was issued with (a number skipped locally is recorded as such). */
	private static String storedTitle(EntityManager em, int year, int issue) {
		List<String> titles = em.createQuery("select b.title from BulletinEntity b where b.year = :year and"
				+ " b.issueNo = :issue", String.class).setParameter("year", year).setParameter("issue", issue)
				.getResultList();
		return titles.isEmpty() ? "（未使用）" : titles.get(0);
	}
}
