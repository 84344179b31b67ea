package ducha.integrity.internal.records;

import jakarta.persistence.EntityManager;

import ducha.core.jpa.Counters;

/**
 * Generates the 编号 of a record entered without one: prefix, year and a running number, e.g. YT2024-007. The number
 * comes from the platform's counter of the prefix and year ({@link Counters}) in the storing transaction, so two
 * desktops storing at the same moment get one each; numbers a ledger import already used are stepped over.
 */
final class RecordNumbers {

	private RecordNumbers() {
	}

	static String next(EntityManager em, String entity, String prefix, int year) {
		String stem = prefix + year + "-";
		// a counter new to the year starts after the numbers stored so far, as the numbering did before it
		int n = Counters.nextFree(em, "integrity." + prefix, year, () -> em.createQuery(
				"select count(e) from " + entity + " e where e.recordNo like :stem", Long.class)
				.setParameter("stem", stem + "%").getSingleResult().intValue(),
				number -> em.createQuery("select count(e) from " + entity + " e where e.recordNo = :no", Long.class)
						.setParameter("no", String.format("%s%03d", stem, number)).getSingleResult() > 0);
		return String.format("%s%03d", stem, n);
	}
}
