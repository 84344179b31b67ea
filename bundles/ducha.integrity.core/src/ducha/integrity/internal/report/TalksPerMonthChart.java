package ducha.integrity.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.integrity.IntegrityPermissions;
import ducha.core.jpa.Jpa;
import ducha.integrity.internal.jpa.IntegrityUnit;

/**
 * 约谈次数（按月）: talks held in each month of the year. The database counts per 工号 and day (portable: no vendor
 * date functions); the months are summed here, keeping only staff of the viewer's departments.
 */
@Component(service = DashboardChart.class)
public class TalksPerMonthChart implements DashboardChart {

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

	@Override
	public String id() {
		return "integrity.talks-per-month";
	}

	@Override
	public String title() {
		return "约谈次数（按月）";
	}

	@Override
	public int order() {
		return 610;
	}

	@Override
	public Kind kind() {
		return Kind.MONTHLY_TREND;
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		List<Long> perMonth = new ArrayList<>(Collections.nCopies(12, 0L));
		if (authorization.isPermitted(viewer, IntegrityPermissions.RECORDS_READ)) {
			List<Object[]> rows = Jpa.read(emf, em -> em.createQuery("select t.staffNo, t.date, count(t)"
					+ " from TalkEntity t where t.date between :from and :to group by t.staffNo, t.date",
					Object[].class).setParameter("from", LocalDate.of(year, 1, 1))
					.setParameter("to", LocalDate.of(year, 12, 31)).getResultList());
			for (Object[] row : rows) {
				if (visible(viewer, (String) row[0])) {
					int month = ((LocalDate) row[1]).getMonthValue() - 1;
					perMonth.set(month, perMonth.get(month) + ((Number) row[2]).longValue());
				}
			}
		}
		return new ChartData(ChartData.months(), List.of(new ChartData.Series("约谈次数", perMonth)));
	}

	private boolean visible(Principal viewer, String staffNo) {
		return viewer.scope().all() || directory.staff(staffNo).map(Staff::departmentCode)
				.filter(viewer.scope()::includes).isPresent();
	}
}
