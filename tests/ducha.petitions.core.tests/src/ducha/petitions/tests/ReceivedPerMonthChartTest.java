package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.InvalidSyntaxException;

import ducha.core.demo.DemoAccounts;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.petitions.Channel;
import ducha.petitions.Intake;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/** The dashboard chart counts the petitions received per month and channel of one year, as the viewer may see. */
class ReceivedPerMonthChartTest {

	private static final int YEAR = 2011;

	private final PetitionService petitions = Osgi.service(PetitionService.class);

	@Test
	void petitionsAreCountedPerMonthOfReceiptAndPerChannelWithinTheYearOnly() {
		Principal leader = Court.leader();
		ChartData before = chart().compute(Court.director(), YEAR);
		ChartData leaderBefore = chart().compute(leader, YEAR);
		List<String> judge = Court.judges(1);
		register(Channel.LETTER, LocalDate.of(YEAR, 1, 1), judge);
		register(Channel.LETTER, LocalDate.of(YEAR, 1, 31), judge);
		register(Channel.VISIT, LocalDate.of(YEAR, 3, 1), judge);
		register(Channel.REFERRAL, LocalDate.of(YEAR, 12, 31), judge);
		register(Channel.LETTER, LocalDate.of(YEAR - 1, 12, 31), judge);
		register(Channel.LETTER, LocalDate.of(YEAR + 1, 1, 1), judge);
		register(Channel.LETTER, LocalDate.of(YEAR, 3, 15), List.of(leader.staffNo()));

		ChartData after = chart().compute(Court.director(), YEAR);

		assertEquals(ChartData.months(), after.categories());
		assertEquals(List.of("来信", "来访", "网上举报", "电话举报", "上级转办"),
				after.series().stream().map(ChartData.Series::label).toList());
		assertEquals(months(1, 2, 3, 1), added(before, after, "来信"));
		assertEquals(months(3, 1), added(before, after, "来访"));
		assertEquals(months(12, 1), added(before, after, "上级转办"));
		assertEquals(months(), added(before, after, "网上举报"));
		assertEquals(months(1, 2), added(leaderBefore, chart().compute(leader, YEAR), "来信"),
				"the petition naming the leader is not counted for the leader");
		assertTrue(chart().compute(Court.login(DemoAccounts.STAFF), YEAR).series().stream()
				.allMatch(s -> s.values().stream().allMatch(v -> v == 0)), "no petitions rights, nothing counted");
	}

	private void register(Channel channel, LocalDate received, List<String> reported) {
		petitions.register(new Intake(channel, received, Reporter.ANONYMOUS, reported, "反映其工作作风问题", "工作作风",
				channel == Channel.REFERRAL ? "市纪委" : null, null), Court.director());
	}

	/** The twelve monthly values, zero except the given month/count pairs. */
	private static List<Long> months(int... monthAndCount) {
		List<Long> values = new ArrayList<>(java.util.Collections.nCopies(12, 0L));
		for (int i = 0; i < monthAndCount.length; i += 2) {
			values.set(monthAndCount[i] - 1, (long) monthAndCount[i + 1]);
		}
		return values;
	}

	private static List<Long> added(ChartData before, ChartData after, String series) {
		List<Long> b = values(before, series);
		List<Long> a = values(after, series);
		List<Long> difference = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			difference.add(a.get(i) - b.get(i));
		}
		return difference;
	}

	private static List<Long> values(ChartData data, String series) {
		return data.series().stream().filter(s -> s.label().equals(series)).findFirst().orElseThrow().values();
	}

	private static DashboardChart chart() {
		Osgi.service(DashboardChart.class);
		try {
			return Osgi.context().getServiceReferences(DashboardChart.class, null).stream()
					.map(r -> Osgi.context().getService(r)).filter(c -> c.id().equals("petitions.received-per-month"))
					.findFirst().orElseThrow(() -> new AssertionError("no petitions chart"));
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
	}
}
