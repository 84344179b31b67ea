package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseRegister;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.TileValue;

/** The long-pending tile and the two charts, against the records created here. */
class CasesDashboardTest {

	private static final int YEAR = LocalDate.now().getYear();

	@TempDir
	Path dir;

	private final Principal xstHead = Osgi.user(Role.DEPARTMENT_HEAD, "XST");
	private final Principal ms1Head = Osgi.user(Role.DEPARTMENT_HEAD, "MS1");

	@BeforeEach
	void courtWithLongPendingCasesInTwoDepartments() throws Exception {
		Osgi.resetCourt();
		Osgi.service(CaseRegister.class).importFile(new CaseFiles()
				.open("民初", 1, "20001", "MS1", "普通", 150) // 普通: from 144 days
				.open("民初", 2, "20002", "MS1", "普通", 160)
				.open("民初", 3, "20001", "MS1", "普通", 170)
				.open("民初", 4, "20001", "MS1", "普通", 20)
				.open("刑初", 5, "20003", "XST", null, 100) // 刑初: from 72 days
				.write(dir, "cases.csv"), Osgi.ADMIN, null);
	}

	@Test
	void theTileCountsLongPendingCasesAndNamesTheDepartmentsWithTheMost() {
		DashboardTile tile = Osgi.service(DashboardTile.class, t -> t.id().equals("cases.long-pending"));
		assertEquals("长期未结案", tile.title());
		assertEquals(new TileValue("4", "最多：民事审判第一庭 3 件、刑事审判庭 1 件", TileValue.Level.WARNING),
				tile.compute(Osgi.ADMIN));
		assertEquals(new TileValue("1", "最多：刑事审判庭 1 件", TileValue.Level.WARNING), tile.compute(xstHead));
		assertEquals("—", tile.compute(Osgi.user(Role.STAFF)).value());
	}

	@Test
	void theDepartmentChartHasOneBarPerDepartmentWithLongPendingCases() {
		DashboardChart chart = Osgi.service(DashboardChart.class,
				c -> c.id().equals("cases.long-pending-per-department"));
		assertEquals(DashboardChart.Kind.BREAKDOWN, chart.kind());
		ChartData all = chart.compute(Osgi.ADMIN, YEAR);
		assertEquals(List.of("民事审判第一庭", "刑事审判庭"), all.categories());
		assertEquals(List.of(3L, 1L), all.series().get(0).values());
		ChartData scoped = chart.compute(xstHead, YEAR);
		assertEquals(List.of("刑事审判庭"), scoped.categories());
		assertEquals(List.of(1L), scoped.series().get(0).values());
	}

	@Test
	void theOrdersChartCountsOrdersIssuedAndClosedPerMonthOfTheYearInTheViewersDepartments() {
		SupervisionService supervision = Osgi.service(SupervisionService.class);
		String civil = CaseFiles.number(LocalDate.now().minusDays(150).getYear(), "民初", 1);
		String criminal = CaseFiles.number(LocalDate.now().minusDays(100).getYear(), "刑初", 5);
		List<LocalDate> civilIssued = List.of(LocalDate.of(YEAR, 2, 10), LocalDate.of(YEAR, 2, 20),
				LocalDate.of(YEAR, 5, 3), LocalDate.of(YEAR - 1, 12, 30));
		List<SupervisionOrder> orders = new ArrayList<>();
		for (LocalDate day : civilIssued) {
			orders.add(supervision.issue(civil, SupervisionLevel.DEPARTMENT_HEAD, "20001", day, day.plusDays(30),
					"限期审结", Osgi.ADMIN));
		}
		LocalDate criminalIssued = LocalDate.of(YEAR, 5, 4);
		supervision.issue(criminal, SupervisionLevel.VICE_PRESIDENT, "20003", criminalIssued,
				criminalIssued.plusDays(20), "限期审结", Osgi.ADMIN);
		LocalDate closed = LocalDate.of(YEAR, 3, 1);
		supervision.close(orders.get(0).id(), orders.get(0).version(), closed, "已审结", Osgi.ADMIN);
		supervision.close(orders.get(3).id(), orders.get(3).version(), LocalDate.of(YEAR - 1, 12, 31), "已审结",
				Osgi.ADMIN);

		DashboardChart chart = Osgi.service(DashboardChart.class, c -> c.id().equals("cases.orders-per-month"));
		assertEquals(DashboardChart.Kind.MONTHLY_TREND, chart.kind());
		List<LocalDate> allIssued = new ArrayList<>(civilIssued);
		allIssued.add(criminalIssued);
		assertEquals(figures(allIssued, List.of(closed)), figures(chart.compute(Osgi.ADMIN, YEAR)));
		assertEquals(figures(civilIssued, List.of(closed)), figures(chart.compute(ms1Head, YEAR)));
		assertEquals(figures(List.of(criminalIssued), List.of()), figures(chart.compute(xstHead, YEAR)));
	}

	/** Label and values of each series. */
	private static List<String> figures(ChartData data) {
		assertEquals(ChartData.months(), data.categories());
		return data.series().stream().map(s -> s.label() + " " + s.values()).toList();
	}

	/** What the chart should show for these days: counts per month of {@link #YEAR} only. */
	private static List<String> figures(List<LocalDate> issued, List<LocalDate> closed) {
		return List.of("交办 " + perMonth(issued), "办结 " + perMonth(closed));
	}

	private static List<Long> perMonth(List<LocalDate> days) {
		List<Long> months = new ArrayList<>(Collections.nCopies(12, 0L));
		days.stream().filter(d -> d.getYear() == YEAR)
				.forEach(d -> months.set(d.getMonthValue() - 1, months.get(d.getMonthValue() - 1) + 1));
		return months;
	}
}
