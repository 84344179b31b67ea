package ducha.team.core.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.framework.ServiceRegistration;

import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.test.osgi.Osgi;

/**
 * A duty contributor of the tests: 林清 followed three rectifications in each quarter of 2025 and held one talk in
 * its fourth quarter; 高洁 followed two in the fourth quarter. Counted by quarter, as a plugin counts by its records'
 * own dates.
 */
final class TestDuties implements DutyContributor {

	@Override
	public String source() {
		return "test";
	}

	@Override
	public List<DutyCount> duties(Period period, Set<String> staffNos) {
		int quarters = 0;
		int fourth = 0;
		for (int q = 1; q <= 4; q++) {
			Period quarter = Period.quarter(EvaluationCourt.YEAR, q);
			if (!quarter.from().isBefore(period.from()) && !quarter.to().isAfter(period.to())) {
				quarters++;
				fourth += q == 4 ? 1 : 0;
			}
		}
		List<DutyCount> counts = new ArrayList<>();
		if (quarters > 0) {
			counts.add(new DutyCount(EvaluationCourt.LIN, "test.followup", "跟踪整改", source(), 3 * quarters));
		}
		if (fourth > 0) {
			counts.add(new DutyCount(EvaluationCourt.LIN, "test.talk", "谈话", source(), 1));
			counts.add(new DutyCount(EvaluationCourt.GAO, "test.followup", "跟踪整改", source(), 2));
		}
		// someone the archive did not ask for: left out
		counts.add(new DutyCount(EvaluationCourt.LI, "test.followup", "跟踪整改", source(), 9));
		return counts;
	}

	/** Registers the contributor; unregister it when done. */
	static ServiceRegistration<DutyContributor> register() {
		return Osgi.register(DutyContributor.class, new TestDuties());
	}
}
