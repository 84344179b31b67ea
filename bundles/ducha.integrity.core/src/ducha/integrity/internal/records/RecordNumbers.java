package ducha.integrity.internal.records;

import jakarta.persistence.EntityManager;

/**
 * Generates the 编号 of a record entered without one: prefix, year and a running number, e.g. YT2024-007. Runs in
 * the storing transaction; the unique constraint on record_no refuses the rare clash of two concurrent writers.
 */
final class RecordNumbers {

	private RecordNumbers() {
	}

	static String next(EntityManager em, String entity, String prefix, int year) {
		String stem = prefix + year + "-";
		Long taken = em.createQuery("select count(e) from " + entity + " e where e.recordNo like :stem", Long.class)
				.setParameter("stem", stem + "%").getSingleResult();
		long n = taken + 1;
		String candidate = String.format("%s%03d", stem, n);
		// numbers imported from a ledger may already use the next one: step over them
		while (em.createQuery("select count(e) from " + entity + " e where e.recordNo = :no", Long.class)
				.setParameter("no", candidate).getSingleResult() > 0) {
			candidate = String.format("%s%03d", stem, ++n);
		}
		return candidate;
	}
}
