package ducha.inspections.internal.inspections;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.inspections.internal.InspectionsContext;

/**
 * For the performance archive: the inspections (日常督察) each inspector performed, by the inspection's date. One
 * inspection with two inspectors counts once for each. Only counts leave the plugin, never what was inspected, so an
 * unannounced inspection still open counts for its inspectors too. The inspectors are a collection of the
 * inspection (a join, not one column), hence the query here instead of {@link ducha.core.jpa.DutyQuery}; the
 * inspection's time is compared from the period's first midnight to the midnight after its last day.
 */
@Component
public class InspectionDuties implements DutyContributor {

	static final String KIND = "inspections.inspection";
	static final String LABEL = "日常督察";
	private static final String SOURCE = "inspections";

	@Reference
	private InspectionsContext context;

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<DutyCount> duties(Period period, Set<String> staffNos) {
		// one row per inspector of each inspection of the period (a court's year holds some hundred), counted here:
		// grouped in JPQL over the element collection's join, EclipseLink answered counts of 0
		String jpql = "select s from InspectionEntity i join i.inspectorNos s where i.at >= :from and i.at < :to"
				+ (staffNos.isEmpty() ? "" : " and s in :staff");
		List<String> inspectors = Jpa.read(context.emf, em -> {
			TypedQuery<String> query = em.createQuery(jpql, String.class)
					.setParameter("from", period.from().atStartOfDay())
					.setParameter("to", period.to().plusDays(1).atStartOfDay());
			if (!staffNos.isEmpty()) {
				query.setParameter("staff", List.copyOf(staffNos));
			}
			return query.getResultList();
		});
		Map<String, Long> counts = inspectors.stream()
				.collect(Collectors.groupingBy(no -> no, TreeMap::new, Collectors.counting()));
		return counts.entrySet().stream()
				.map(e -> new DutyCount(e.getKey(), KIND, LABEL, SOURCE, e.getValue().intValue())).toList();
	}
}
