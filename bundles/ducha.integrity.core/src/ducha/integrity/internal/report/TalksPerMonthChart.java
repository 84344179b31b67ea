package ducha.integrity.internal.report;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.records.StaffRecords;

/**
 * 约谈次数（按月）: talks held in each month of the year. The database counts per 工号 and day (portable: no vendor
 * date functions); the months are summed here, keeping only staff of the viewer's departments.
 */
@Component(service = DashboardChart.class)
public class TalksPerMonthChart extends DeclaredChart {

	@Reference
	private StaffRecords records;

	public TalksPerMonthChart() {
		super("integrity.talks-per-month", Messages.chartTalksTitle, 610, Kind.MONTHLY_TREND);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return records.mayReadRecords(viewer);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		List<Long> perMonth = perMonth();
		for (Object[] row : records.inYear(viewer, year, "select t.staffNo, t.date, count(t) from TalkEntity t"
				+ " where t.date between :from and :to group by t.staffNo, t.date")) {
			if (records.departmentSeenBy(viewer, (String) row[0]).isPresent()) {
				addToMonth(perMonth, (LocalDate) row[1], ((Number) row[2]).longValue());
			}
		}
		return monthly(Messages.chartTalksSeries, perMonth);
	}
}
