package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.WatchListService;
import ducha.core.directory.DepartmentNames;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;

/**
 * 长期未结案件（按部门）: one bar per department of the viewer's scope with cases the rule table flags. Being
 * long-pending is a state of today, not an event of a year, so the chart shows today's list whatever year is
 * asked; one grouped count.
 */
@Component(service = DashboardChart.class)
public class LongPendingByDepartmentChart extends DashboardEntry implements DashboardChart {

	@Reference
	private WatchListService watch;

	@Reference
	private CasesUnit unit;

	public LongPendingByDepartmentChart() {
		super("cases.long-pending-per-department", Messages.chartLongPendingPerDepartment, 300);
	}

	@Override
	public Kind kind() {
		return Kind.BREAKDOWN;
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		List<String> categories = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		if (unit.authorization.isPermitted(viewer, CasePermissions.READ)) {
			Map<String, Long> perDepartment = watch.countLongPendingByDepartment(CaseQuery.ALL, LocalDate.now(),
					viewer);
			DepartmentNames departments = unit.directory.departmentNames();
			for (String code : departments.sorted(perDepartment.keySet())) {
				categories.add(departments.name(code));
				values.add(perDepartment.get(code));
			}
		}
		return new ChartData(categories, List.of(new ChartData.Series(Messages.longPendingSeries, values)));
	}
}
