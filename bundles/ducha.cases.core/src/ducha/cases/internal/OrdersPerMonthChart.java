package ducha.cases.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;
import jakarta.persistence.EntityManager;

/**
 * 督办单（按月）: supervision orders issued in each month of the year, and those closed in each month, for cases
 * of the viewer's departments. The database counts per day (portable: no vendor date functions); the days are
 * summed into months here.
 */
@Component(service = DashboardChart.class)
public class OrdersPerMonthChart extends DeclaredChart {

	@Reference
	private CasesUnit unit;

	public OrdersPerMonthChart() {
		super("cases.orders-per-month", Messages.chartOrdersPerMonth, 310, Kind.MONTHLY_TREND);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return unit.authorization.isPermitted(viewer, CasePermissions.READ);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		List<Long> issued = perMonth();
		List<Long> closed = perMonth();
		if (unit.authorization.isPermitted(viewer, CasePermissions.READ) && !CaseJpql.seesNothing(viewer)) {
			Jpa.read(unit.emf, em -> {
				sum(em, "o.issuedDate", viewer, year, issued);
				sum(em, "o.closedDate", viewer, year, closed);
				return null;
			});
		}
		return monthly(List.of(new ChartData.Series(Messages.ordersIssued, issued),
				new ChartData.Series(Messages.ordersClosed, closed)));
	}

	private static void sum(EntityManager em, String day, Principal viewer, int year, List<Long> perMonth) {
		String jpql = "select " + day + ", count(o) from OrderEntity o, CaseEntity c where c.caseNo = o.caseNo"
				+ " and " + day + " between :from and :to"
				+ (viewer.scope().all() ? "" : " and c.departmentCode in :scope") + " group by " + day;
		var query = em.createQuery(jpql, Object[].class).setParameter("from", LocalDate.of(year, 1, 1))
				.setParameter("to", LocalDate.of(year, 12, 31));
		if (!viewer.scope().all()) {
			query.setParameter("scope", viewer.scope().departmentCodes());
		}
		for (Object[] row : query.getResultList()) {
			addToMonth(perMonth, (LocalDate) row[0], ((Number) row[1]).longValue());
		}
	}
}
