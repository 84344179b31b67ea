package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ducha.cases.CaseQuery;
import ducha.cases.PageKey;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Builds the JPQL conditions on CaseEntity {@code c} that the register and the watch lists share: the query's
 * filters, the reader's department scope and the keyset position.
 */
final class CaseJpql {

	private final List<String> conditions = new ArrayList<>();
	private final Map<String, Object> parameters = new HashMap<>();

	/** The reader sees nothing: a department-scoped reader without departments. */
	static boolean seesNothing(Principal reader) {
		return !reader.scope().all() && reader.scope().departmentCodes().isEmpty();
	}

	CaseJpql filter(CaseQuery query, Principal reader, LocalDate asOf) {
		if (query.departmentCode() != null) {
			add("c.departmentCode = :department", "department", query.departmentCode());
		}
		if (query.judgeNo() != null) {
			add("c.judgeNo = :judge", "judge", query.judgeNo());
		}
		if (query.status() != null) {
			add("c.status = :status", "status", query.status());
		}
		if (query.minAgeDays() != null) {
			add("c.filingDate <= :filedBy", "filedBy", asOf.minusDays(query.minAgeDays()));
		}
		if (!reader.scope().all()) {
			add("c.departmentCode in :scope", "scope", reader.scope().departmentCodes());
		}
		return this;
	}

	/**
	 * Rows after the key in the given direction of (filingDate, caseNo). The condition is written as a range on the
	 * filing date plus a tie-break, not as one OR, so that the database starts the index scan at the key instead of
	 * filtering every row before it (Derby cannot derive a start position from an OR).
	 */
	CaseJpql after(PageKey key, boolean descending) {
		return after("c.filingDate", key, descending);
	}

	/** Rows after the key in the given direction of (a date field, caseNo); see {@link #after(PageKey, boolean)}. */
	CaseJpql after(String dateField, PageKey key, boolean descending) {
		if (key != null) {
			String op = descending ? "<" : ">";
			add(dateField + " " + op + "= :keyDate and (" + dateField + " " + op + " :keyDate or c.caseNo " + op
					+ " :keyNo)", "keyDate", key.date());
			parameters.put("keyNo", key.caseNo());
		}
		return this;
	}

	CaseJpql add(String condition, String name, Object value) {
		conditions.add(condition);
		if (name != null) {
			parameters.put(name, value);
		}
		return this;
	}

	void put(String name, Object value) {
		parameters.put(name, value);
	}

	String where() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	<T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
		TypedQuery<T> q = em.createQuery(jpql, type);
		parameters.forEach(q::setParameter);
		return q;
	}
}
