package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;
import ducha.petitions.Channel;
import ducha.petitions.PetitionPermissions;

/**
 * 信访举报受理数（按月、按渠道）: petitions received in each month of the year, one line per channel. The database
 * counts per channel and day (portable: no vendor date functions); the months are summed here. A viewer whom
 * petitions name does not count them: the petitions naming them are counted the same way and taken off. A viewer
 * limited to some departments counts the petitions naming staff of those departments.
 */
@Component(service = DashboardChart.class)
public class ReceivedPerMonthChart extends DeclaredChart {

	@Reference
	private PetitionsUnit unit;

	public ReceivedPerMonthChart() {
		super("petitions.received-per-month", Messages.chartTitle, 210, Kind.MONTHLY_TREND);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return unit.authorization().isPermitted(viewer, PetitionPermissions.READ);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		Map<Channel, List<Long>> perChannel = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			perChannel.put(channel, perMonth());
		}
		if (unit.authorization().isPermitted(viewer, PetitionPermissions.READ) && !viewer.scope().all()) {
			Jpa.read(unit.emf(), em -> {
				add(perChannel, scoped(em, year, viewer), 1);
				return null;
			});
		} else if (unit.authorization().isPermitted(viewer, PetitionPermissions.READ)) {
			Jpa.read(unit.emf(), em -> {
				add(perChannel, counts(em, year, null), 1);
				if (viewer.staffNo() != null) {
					add(perChannel, counts(em, year, viewer.staffNo()), -1);
				}
				return null;
			});
		}
		List<ChartData.Series> series = new ArrayList<>();
		perChannel.forEach((channel, values) -> series.add(new ChartData.Series(channel.label(), values)));
		return monthly(series);
	}

	/** Rows of channel, day received and count; only the petitions naming {@code reported} when it is given. */
	private static List<Object[]> counts(EntityManager em, int year, String reported) {
		String jpql = reported == null
				? "select p.channel, p.receivedOn, count(p) from PetitionEntity p"
						+ " where p.receivedOn between :from and :to group by p.channel, p.receivedOn"
				: "select p.channel, p.receivedOn, count(p) from PetitionEntity p join p.reportedStaff s"
						+ " where s = :no and p.receivedOn between :from and :to group by p.channel, p.receivedOn";
		TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
				.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
		if (reported != null) {
			query.setParameter("no", reported);
		}
		return query.getResultList();
	}

	/**
	 * For a viewer limited to some departments: the petitions naming staff of those departments (and not the
	 * viewer), one row per petition of channel, day and 1. Narrow columns, no entities.
	 */
	private List<Object[]> scoped(EntityManager em, int year, Principal viewer) {
		Map<Long, Object[]> rows = new HashMap<>();
		Set<Long> naming = new HashSet<>();
		for (Object[] r : em.createQuery("select p.id, p.channel, p.receivedOn, s from PetitionEntity p"
				+ " join p.reportedStaff s where p.receivedOn between :from and :to", Object[].class)
				.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
				.getResultList()) {
			Long id = (Long) r[0];
			String staffNo = (String) r[3];
			if (staffNo.equals(viewer.staffNo())) {
				naming.add(id);
			} else if (unit.directory().staff(staffNo).map(Staff::departmentCode).filter(viewer.scope()::includes)
					.isPresent()) {
				rows.put(id, new Object[] { r[1], r[2], 1L });
			}
		}
		naming.forEach(rows::remove);
		return List.copyOf(rows.values());
	}

	private static void add(Map<Channel, List<Long>> perChannel, List<Object[]> rows, int sign) {
		for (Object[] row : rows) {
			addToMonth(perChannel.get((Channel) row[0]), (LocalDate) row[1], sign * ((Number) row[2]).longValue());
		}
	}
}
