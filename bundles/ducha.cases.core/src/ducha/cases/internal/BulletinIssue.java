package ducha.cases.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

/**
 * A case bulletin's number as the office writes it, 2024年第3期: the year and the issue within it. Ledger cells
 * name bulletins by it (the bulletins ledger's 期号, the findings ledger's 所在通报); spaces and leading zeros are
 * forgiven (2024 年第 03 期).
 *
 * @param year    numbering year
 * @param issueNo issue within the year, from 1
 */
record BulletinIssue(int year, int issueNo) {

	private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*年\\s*第\\s*(\\d{1,4})\\s*期");

	/** The number written as text, or null when the text is not one (or names issue 0). */
	static BulletinIssue parse(String text) {
		Matcher m = text == null ? null : LABEL.matcher(text.strip());
		if (m == null || !m.matches() || Integer.parseInt(m.group(2)) < 1) {
			return null;
		}
		return new BulletinIssue(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	/** As {@link ducha.cases.CaseBulletin#label()} writes it. */
	String label() {
		return year + "年第" + issueNo + "期";
	}

	/** The bulletin stored under this number, or null. */
	BulletinEntity stored(EntityManager em) {
		return em.createQuery("select b from BulletinEntity b where b.year = :year and b.issueNo = :issueNo",
				BulletinEntity.class).setParameter("year", year).setParameter("issueNo", issueNo).getResultList()
				.stream().findFirst().orElse(null);
	}
}
