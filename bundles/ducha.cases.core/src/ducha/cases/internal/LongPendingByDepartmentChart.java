package ducha.cases.internal;

import java.time.LocalDate;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.WatchListService;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;

/**
 * 长期未结案件（按部门）: one bar per department of the viewer's scope with cases the rule table flags. Being
 * long-pending is a state of today, not an event of a year, so the chart shows today's list whatever year is
 * asked; one grouped count.
 */
@Component(service = DashboardChart.class)
public class LongPendingByDepartmentChart extends DeclaredChart {

	@Reference
	private WatchListService watch;

	@Reference
	private CasesUnit unit;

	public LongPendingByDepartmentChart() {
		super("cases.long-pending-per-department", Messages.chartLongPendingPerDepartment, 300, Kind.BREAKDOWN);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return unit.authorization.isPermitted(viewer, CasePermissions.READ);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		Map<String, Long> perDepartment = unit.authorization.isPermitted(viewer, CasePermissions.READ)
				? watch.countLongPendingByDepartment(CaseQuery.ALL, LocalDate.now(), viewer)
				: Map.of();
		return perDepartment(perDepartment, unit.directory.departmentNames(), Messages.longPendingSeries);
	}
}
