package ducha.reports.internal.numbering;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;
import ducha.reports.ReportPermissions;
import ducha.reports.internal.Messages;

/**
 * 编号公文: bulletins and notices numbered per month of the year. Twelve COUNT queries over a date range each:
 * portable between Derby and PostgreSQL (no vendor date functions) and cheap on the issue table's index.
 */
@Component(service = DashboardChart.class)
public class IssuedDocumentsChart extends DeclaredChart {

	@Reference(target = "(osgi.unit.name=ducha.reports)")
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	public IssuedDocumentsChart() {
		super("reports.issued-per-month", Messages.Chart_issuedTitle, 900, Kind.MONTHLY_TREND);
	}

	/** The court's issued documents are the office's business: shown to those who may read its reports. */
	@Override
	public boolean concerns(Principal viewer) {
		return authorization.isPermitted(viewer, ReportPermissions.READ);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		List<Long> perMonth = perMonth();
		EntityManager em = emf.createEntityManager();
		try {
			for (int month = 1; month <= 12; month++) {
				LocalDate first = LocalDate.of(year, month, 1);
				addToMonth(perMonth, first, em.createQuery("select count(d) from IssuedDocumentEntity d"
						+ " where d.issuedAt >= :from and d.issuedAt < :to", Long.class)
						.setParameter("from", first.atStartOfDay())
						.setParameter("to", first.plusMonths(1).atStartOfDay()).getSingleResult());
			}
		} finally {
			em.close();
		}
		return monthly(Messages.Chart_issuedSeries, perMonth);
	}
}
