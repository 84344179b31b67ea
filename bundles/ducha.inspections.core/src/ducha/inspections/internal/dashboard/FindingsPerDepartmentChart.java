package ducha.inspections.internal.dashboard;

import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionService;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;

/** 督察发现问题（按部门）: the findings of the year's inspections the viewer may see, one bar per department. */
@Component(service = DashboardChart.class)
public class FindingsPerDepartmentChart extends DeclaredChart {

	@Reference
	private InspectionsContext context;

	@Reference
	private InspectionService inspections;

	public FindingsPerDepartmentChart() {
		super("inspections.findings-per-department", Messages.chartFindingsTitle, 810, Kind.BREAKDOWN);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return Visible.concerns(context, viewer);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		Map<String, Long> perDepartment = new TreeMap<>();
		for (Inspection i : Visible.inspections(context, inspections, Period.year(year), viewer)) {
			for (Finding f : inspections.findings(i.inspectionNo(), viewer)) {
				perDepartment.merge(f.departmentCode(), 1L, Long::sum);
			}
		}
		return perDepartment(perDepartment, context.directory.departmentNames(), Messages.chartFindingsSeries);
	}
}
