package ducha.study.internal.reviews;

import jakarta.persistence.EntityManager;

/**
 * The 编号 of a record entered without one: prefix, year and running number (XX2024-007), taken in the storing
 * transaction past the numbers a ledger import already used; the unique constraint refuses the rare clash of two
 * writers at once.
 */
final class RecordNumbers {

	private RecordNumbers() {
	}

	static String next(EntityManager em, String entity, String prefix, int year) {
		String stem = prefix + year + "-";
		long n = em.createQuery("select count(e) from " + entity + " e where e.recordNo like :stem", Long.class)
				.setParameter("stem", stem + "%").getSingleResult() + 1;
		while (taken(em, entity, String.format("%s%03d", stem, n))) {
			n++;
		}
		return String.format("%s%03d", stem, n);
	}

	private static boolean taken(EntityManager em, String entity, String recordNo) {
		return em.createQuery("select count(e) from " + entity + " e where e.recordNo = :no", Long.class)
				.setParameter("no", recordNo).getSingleResult() > 0;
	}
}
