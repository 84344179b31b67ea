package ducha.integrity.internal.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.records.StaffRecords;

/**
 * 处理人次（按部门）: dispositions dated in the year, one bar per department of the disposed staff member. The
 * database groups by 工号 (the integrity tables hold no department); the few groups are then mapped to departments
 * through the directory, so no disposition is loaded.
 */
@Component(service = DashboardChart.class)
public class DispositionsPerDepartmentChart extends DeclaredChart {

	/** Category of dispositions whose 工号 the directory does not know (any more). */
	static final String UNKNOWN_DEPARTMENT = Messages.chartUnknownDepartment;

	@Reference
	private StaffRecords records;

	public DispositionsPerDepartmentChart() {
		super("integrity.dispositions-per-department", Messages.chartDispositionsTitle, 600, Kind.BREAKDOWN);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return records.mayReadRecords(viewer);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		Map<String, Long> perDepartment = new LinkedHashMap<>();
		for (Object[] row : records.inYear(viewer, year,
				"select d.staffNo, count(d) from DispositionEntity d where d.date between :from and :to"
						+ " group by d.staffNo")) {
			records.departmentSeenBy(viewer, (String) row[0])
					.ifPresent(code -> perDepartment.merge(code, ((Number) row[1]).longValue(), Long::sum));
		}
		return perDepartment(perDepartment, records.departmentNames(), Messages.chartDispositionsSeries,
				UNKNOWN_DEPARTMENT);
	}
}
