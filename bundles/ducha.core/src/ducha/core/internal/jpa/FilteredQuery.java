package ducha.core.internal.jpa;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ducha.core.security.DepartmentScope;

/**
 * A JPQL select assembled from the conditions a query record asks for: a condition whose value is null is left
 * out, the others are joined with {@code and}, each with its named parameter.
 */
public final class FilteredQuery {

	private final StringBuilder jpql;
	private final Map<String, Object> parameters = new HashMap<>();

	/** @param select a select with a where clause, e.g. {@code ... where 1 = 1} */
	public FilteredQuery(String select) {
		this.jpql = new StringBuilder(select);
	}

	/** Adds {@code and condition} with {@code :parameter} bound to {@code value}, unless the value is null. */
	public FilteredQuery and(String condition, String parameter, Object value) {
		if (value != null) {
			jpql.append(" and ").append(condition);
			parameters.put(parameter, value);
		}
		return this;
	}

	/** Keeps to the departments the scope holds ({@code column in :scope}); nothing to add for all departments. */
	public FilteredQuery inScope(String column, DepartmentScope scope) {
		return and(column + " in :scope", "scope", scope.all() ? null : scope.departmentCodes());
	}

	/**
	 * The query with its conditions' parameters bound.
	 *
	 * @param rest what follows the conditions, e.g. {@code order by a.id desc}, {@code group by a.role}, or ""
	 */
	public <T> TypedQuery<T> create(EntityManager em, String rest, Class<T> type) {
		TypedQuery<T> query = em.createQuery(rest.isEmpty() ? jpql.toString() : jpql + " " + rest, type);
		parameters.forEach(query::setParameter);
		return query;
	}

	/** Text matched literally by {@code like ... escape '\'}: its own % and _ are not wildcards. */
	public static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
