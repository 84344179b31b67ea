package ducha.study.internal.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;
import ducha.study.StudyTest;
import ducha.study.TestResult;

/**
 * 各次检测及格率: per test held in the year (and no longer open for the exam), the share of the candidates the viewer may see who passed the test
 * itself, and who passed after make-ups (by the test's rule), in per cent.
 */
@Component(service = DashboardChart.class)
public class PassRateChart extends DeclaredChart {

	@Reference
	private TestRecords records;

	@Reference
	private TestAccess access;

	public PassRateChart() {
		super("study.pass-rate", Messages.chartPassRate, 720, Kind.BREAKDOWN);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return access.readsOthers(viewer);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		List<String> tests = new ArrayList<>();
		List<Long> passed = new ArrayList<>();
		List<Long> afterMakeups = new ArrayList<>();
		if (access.readsOthers(viewer)) {
			TestAccess.ScoreVisibility visible = access.visibility(viewer);
			for (StudyTest test : records.tests().reversed()) {
				if (test.heldOn().getYear() != year || !over(test)) {
					continue;
				}
				List<TestResult> results = records.results(test).stream()
						.filter(r -> visible.test(r.staffNo(), r.departmentCode())).toList();
				tests.add(test.code());
				passed.add(percent(results.stream().filter(r -> test.passes(r.score())).count(), results.size()));
				afterMakeups.add(percent(results.stream().filter(TestResult::passed).count(), results.size()));
			}
		}
		return new ChartData(tests, List.of(new ChartData.Series(Messages.chartPassRateSeries, passed),
				new ChartData.Series(Messages.chartFinalSeries, afterMakeups)));
	}

	/** A test whose results can be counted: held, and no longer open for the exam. */
	private static boolean over(StudyTest test) {
		LocalDate today = LocalDate.now();
		return !test.heldOn().isAfter(today) && !test.openOn(today);
	}

	private static long percent(long part, long whole) {
		return whole == 0 ? 0 : Math.round(100.0 * part / whole);
	}
}
