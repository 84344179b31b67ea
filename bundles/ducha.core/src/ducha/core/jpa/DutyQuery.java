package ducha.core.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import ducha.core.period.Period;
import ducha.core.spi.DutyCount;

/**
 * One kind of duty a plugin counts for a {@link ducha.core.spi.DutyContributor}: the records of one entity, each
 * performed by the staff member its 工号 field names on the day its date field holds. One aggregate query per kind.
 *
 * @param entity     the JPQL entity name, e.g. {@code ReviewEntity}
 * @param actorField the field holding the 工号 of who performed the duty, e.g. {@code reviewerStaffNo}
 * @param dateField  the field holding the record's own date, e.g. {@code date}
 * @param kind       the duty kind id, e.g. {@code study.review}
 * @param kindLabel  its Chinese label, e.g. 月调阅
 * @param source     the plugin id, e.g. {@code study}
 */
public record DutyQuery(String entity, String actorField, String dateField, String kind, String kindLabel,
		String source) {

	public DutyQuery {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(actorField, "actorField");
		Objects.requireNonNull(dateField, "dateField");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(kindLabel, "kindLabel");
		Objects.requireNonNull(source, "source");
	}

	/** Per staff member (of {@code staffNos}, everyone when empty), the records dated inside the period. */
	public List<DutyCount> count(EntityManagerFactory emf, Period period, Set<String> staffNos) {
		String actor = "e." + actorField;
		String date = "e." + dateField;
		String jpql = "select " + actor + ", count(e) from " + entity + " e where " + date + " >= :from and " + date
				+ " <= :to and " + actor + " is not null" + (staffNos.isEmpty() ? "" : " and " + actor + " in :staff")
				+ " group by " + actor;
		return Jpa.read(emf, em -> {
			TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("from", period.from())
					.setParameter("to", period.to());
			if (!staffNos.isEmpty()) {
				query.setParameter("staff", List.copyOf(staffNos));
			}
			return query.getResultList().stream().map(row -> new DutyCount((String) row[0], kind, kindLabel, source,
					((Number) row[1]).intValue())).toList();
		});
	}
}
