package ducha.inspections.internal.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;

/** 督察次数（按月、按来源）: the year's inspections the viewer may see, one line per source (a year holds dozens). */
@Component(service = DashboardChart.class)
public class PerMonthBySourceChart extends DeclaredChart {

	@Reference
	private InspectionsContext context;

	@Reference
	private InspectionService inspections;

	public PerMonthBySourceChart() {
		super("inspections.per-month", Messages.chartPerMonthTitle, 800, Kind.MONTHLY_TREND);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return Visible.concerns(context, viewer);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		Map<InspectionSource, List<Long>> perSource = new EnumMap<>(InspectionSource.class);
		for (InspectionSource source : InspectionSource.values()) {
			perSource.put(source, perMonth());
		}
		for (Inspection i : Visible.inspections(context, inspections, Period.year(year), viewer)) {
			addToMonth(perSource.get(i.source()), i.date(), 1);
		}
		List<ChartData.Series> series = new ArrayList<>();
		perSource.forEach((source, values) -> series.add(new ChartData.Series(source.label(), values)));
		return monthly(series);
	}
}
