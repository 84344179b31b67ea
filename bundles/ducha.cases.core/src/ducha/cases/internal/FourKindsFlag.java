package ducha.cases.internal;

import java.util.List;

import ducha.cases.MarkKind;
import jakarta.persistence.EntityManager;

/**
 * The stored four-kinds flag of a case (case_register.four_kinds, cases migration V8): 1 while the case carries at
 * least one of the four kinds, i.e. its newest event of one of them is a mark, else 0. The four kinds' list is then one
 * range of the index {@code (four_kinds, filing_date, case_no, department_code, judge_no)}, in the list's order,
 * instead of a join of the current marks with the register and a sort of all marked cases per page (issue 16).
 * <p>
 * Marks change only by an event appended in {@link MarkEvents#append} (marking, unmarking, a confirmed suggestion),
 * which calls {@link #refresh} in its transaction; the migration fills the flag once for the rows stored before.
 * Imports never touch the flag: the columns the list filters and sorts by live in the same row and index.
 */
final class FourKindsFlag {

	private FourKindsFlag() {
	}

	/** Sets the case's flag from its current marks, inside the caller's transaction (after the event's flush). */
	static void refresh(EntityManager em, String caseNo) {
		long current = em.createQuery("select count(e) from MarkEventEntity e where e.caseNo = :no"
				+ " and e.kind in :kinds and " + MarkEvents.CURRENT, Long.class).setParameter("no", caseNo)
				.setParameter("kinds", List.copyOf(MarkKind.fourKinds())).getSingleResult();
		// SQL, not the entity: the register's rows are written by the importer's JDBC and never cached, and the
		// flag is no part of what a user edits (no version bump)
		em.createNativeQuery("update case_register set four_kinds = ? where case_no = ?")
				.setParameter(1, current > 0 ? 1 : 0).setParameter(2, caseNo).executeUpdate();
	}
}
