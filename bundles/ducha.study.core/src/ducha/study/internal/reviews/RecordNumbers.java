package ducha.study.internal.reviews;

import jakarta.persistence.EntityManager;

import ducha.core.jpa.Counters;

/**
 * The 编号 of a record entered without one: prefix, year and running number (XX2024-007), from the platform's
 * counter of the prefix and year ({@link Counters}) in the storing transaction, so two desktops storing at the same
 * moment get one each; numbers a ledger import already used are stepped over.
 */
final class RecordNumbers {

	private RecordNumbers() {
	}

	static String next(EntityManager em, String entity, String prefix, int year) {
		String stem = prefix + year + "-";
		int n = Counters.nextFree(em, "study." + prefix, year, () -> count(em, entity, "like", stem + "%"),
				number -> count(em, entity, "=", String.format("%s%03d", stem, number)) > 0);
		return String.format("%s%03d", stem, n);
	}

	/** Records whose 编号 matches ({@code like}) or equals ({@code =}) the text. */
	private static int count(EntityManager em, String entity, String operator, String recordNo) {
		return em.createQuery("select count(e) from " + entity + " e where e.recordNo " + operator + " :no",
				Long.class).setParameter("no", recordNo).getSingleResult().intValue();
	}
}
