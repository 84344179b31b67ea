package ducha.reports.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import ducha.cases.WatchListService;
import ducha.core.demo.DemoAccounts;
import ducha.core.demo.DemoService;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.security.UserService;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.reports.AnnualReport;
import ducha.reports.ReportChapter;
import ducha.reports.ReportService;

/**
 * The annual report and the home page over a court's data at scale (issue 16): the demo court with a year of every
 * plugin's records (the demo seeder), its case register brought to {@code ducha.bench.cases} cases (default a
 * million) through the register's import, then {@link ReportService#compile} for this year, as {@code ducha-cli
 * report} calls it, and every {@link DashboardTile} and {@link DashboardChart} of the installed plugins, as the home
 * page computes them for the office director, each beside its floor from the same run: the figures that read the
 * case register and the cases plugin's ledgers as raw SQL, the report beside its sections called directly. Prints
 * the table (docs/performance.md); asserts that every figure equals its raw SQL, never a time.
 */
class AnnualReportBenchmark {

	private static final Principal ACTOR = Principal.system("benchmark");
	private static final Set<String> PLUGINS = Set.of("cases", "inspections", "integrity", "petitions", "study", "team");

	@Test
	void annualReportAndHomePageBesideRawSql() throws Exception {
		int cases = Integer.getInteger("ducha.bench.cases", 1_000_000);
		Path dir = Path.of(System.getProperty("ducha.bench.dir", "target/bench"));
		LocalDate today = LocalDate.now();
		int year = today.getYear();
		Period period = Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		DataSource dataSource = Services.get(DataSource.class);
		RawFigures raw = new RawFigures(dataSource);
		ReportService reports = Services.get(ReportService.class);
		WatchListService watch = Services.get(WatchListService.class);

		long started = System.nanoTime();
		DemoService demo = Services.get(DemoService.class);
		boolean seeded = demo.isEmpty();
		if (seeded) {
			demo.seed(ACTOR, null);
		}
		double seedMs = Table.ms(started);
		// logged in as the workbench does: the petitions plugin needs the account's 工号 and key
		// the report's and the home page's reader: the office director, who sees every department and plugin
		Principal director = Services.get(UserService.class)
				.authenticate(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD.toCharArray())
				.orElseThrow(() -> new AssertionError("the demo court's director cannot log in"));
		// the register at N cases: the demo court's and as many generated as make up the rest
		long generated = raw.count("select count(*) from case_register where sequence_no > 100000");
		long demoCases = raw.registerSize() - generated;
		int toGenerate = (int) Math.max(0, cases - demoCases);
		String load;
		if (generated == 0 && toGenerate > 0) {
			started = System.nanoTime();
			LedgerImportResult imported = RegisterFill.importCases(dir, toGenerate, today, ACTOR);
			assertEquals(toGenerate, imported.inserted(), "every generated case is new to the register");
			load = String.format(Locale.ROOT, "imported through the register in %,.1f s", Table.ms(started) / 1000);
		} else if (generated == toGenerate) {
			load = "kept from an earlier run of this data folder";
		} else {
			throw new IllegalStateException("the data folder holds " + generated + " generated cases, not "
					+ toGenerate + ": remove tests/ducha.reports.benchmark/target/data for a run of another size");
		}
		long register = raw.registerSize();

		Table table = new Table(String.format(Locale.ROOT, "Annual report and home page, %,d cases, %s", register,
				today));
		table.note(String.format(Locale.ROOT, "register: %,d cases of the demo court and %,d generated (%s); demo"
				+ " court %s", demoCases, toGenerate, load,
				seeded ? String.format(Locale.ROOT, "seeded in %,.1f s", seedMs / 1000) : "kept"));

		// the report, as ducha-cli report compiles it, beside its sections called directly
		List<ReportSection> sections = Services.all(ReportSection.class).stream()
				.sorted(Comparator.comparingInt(ReportSection::order)).toList();
		assertEquals(PLUGINS, sections.stream().map(ReportSection::section).collect(Collectors.toSet()),
				"every plugin's section is installed");
		AnnualReport report = reports.compile(period, today, director);
		Map<String, Long> reported = new LinkedHashMap<>();
		for (ReportChapter chapter : report.chapters()) {
			chapter.figures().forEach(f -> reported.put(f.key(), f.value()));
		}
		for (ReportSection section : sections) {
			for (ReportFigure figure : section.figures(period)) {
				assertEquals(figure.value(), reported.get(figure.key()), "the report's " + figure.key()
						+ " is its section's figure");
			}
		}
		Map<String, Long> casesFigures = raw.casesSection(period);
		casesFigures.forEach((key, value) -> assertEquals(value, reported.get(key), key + " equals its raw SQL"));
		table.note(String.format(Locale.ROOT, "report of %d: %d chapters, %d figures; cases.* as raw SQL: %s", year,
				report.chapters().size(), reported.size(), casesFigures));
		Table.Timing sectionsDirect = null;
		List<Object[]> sectionRows = new ArrayList<>();
		for (ReportSection section : sections) {
			Table.Timing t = Table.time(() -> section.figures(period));
			sectionsDirect = sectionsDirect == null ? t : sectionsDirect.plus(t);
			sectionRows.add(new Object[] { section, t });
		}
		table.row("report: `ReportService.compile`, " + year + " (" + reported.size() + " figures)",
				Table.time(() -> reports.compile(period, today, director)), sectionsDirect, "< 5 s");
		for (Object[] row : sectionRows) {
			ReportSection section = (ReportSection) row[0];
			Table.Timing floor = "cases".equals(section.section()) ? Table.time(() -> raw.casesSection(period)) : null;
			table.row("report section " + section.section(), (Table.Timing) row[1], floor, "");
		}

		// the home page: every tile and chart that concerns the director, as HomePart computes them
		List<DashboardTile> tiles = Services.all(DashboardTile.class).stream()
				.sorted(Comparator.comparingInt(DashboardTile::order)).filter(t -> t.concerns(director)).toList();
		List<DashboardChart> charts = Services.all(DashboardChart.class).stream()
				.sorted(Comparator.comparingInt(DashboardChart::order)).filter(c -> c.concerns(director)).toList();
		Set<String> contributors = new TreeSet<>();
		tiles.forEach(t -> contributors.add(plugin(t.id())));
		charts.forEach(c -> contributors.add(plugin(c.id())));
		assertTrue(contributors.containsAll(PLUGINS), "every plugin shows the director a tile or a chart: "
				+ contributors);
		checkCasesFigures(raw, watch, director, tiles, charts, today, year);
		Table.Timing floors = null;
		for (DashboardTile tile : tiles) {
			Table.Timing floor = floor(raw, watch, tile.id(), today, year);
			floors = floor == null ? floors : floors == null ? floor : floors.plus(floor);
			table.row("tile " + tile.id(), Table.time(() -> tile.compute(director)), floor, "");
		}
		for (DashboardChart chart : charts) {
			Table.Timing floor = floor(raw, watch, chart.id(), today, year);
			floors = floor == null ? floors : floors == null ? floor : floors.plus(floor);
			table.row("chart " + chart.id(), Table.time(() -> chart.compute(director, year)), floor, "");
		}
		table.row("home page: " + tiles.size() + " tiles and " + charts.size() + " charts, one after another",
				Table.time(() -> {
					tiles.forEach(t -> t.compute(director));
					charts.forEach(c -> c.compute(director, year));
					return null;
				}), floors, "< 1 s");
		table.note("floors: raw SQL over the same tables for the figures of the cases plugin (the only ones that read"
				+ " the register); the report's floor is its sections called directly; \"–\": no floor of its own (the"
				+ " figure reads no table that grows with the register)");
		table.note("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", embedded Derby; JVM args "
				+ ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
						.filter(a -> a.startsWith("-Xm")).toList());
		assertEquals(Math.max(cases, demoCases), register, "the register holds the cases asked for");
		table.print(System.out, dir.resolve("reports-benchmark-" + cases + ".md"));
	}

	/** The figures of the cases plugin's tiles and charts equal their raw SQL. */
	private static void checkCasesFigures(RawFigures raw, WatchListService watch, Principal director,
			List<DashboardTile> tiles, List<DashboardChart> charts, LocalDate today, int year) throws Exception {
		Map<String, Long> longPending = raw.longPendingPerDepartment(watch.rules(), today);
		long flagged = longPending.values().stream().mapToLong(Long::longValue).sum();
		assertTrue(flagged > 0, "the register has long-pending cases");
		assertEquals(String.valueOf(flagged), tile(tiles, "cases.long-pending").compute(director).value());
		assertEquals(String.valueOf(raw.overdueOrders()), tile(tiles, "cases.overdue-orders").compute(director)
				.value());
		ChartData perDepartment = chart(charts, "cases.long-pending-per-department").compute(director, year);
		assertEquals(longPending.size(), perDepartment.categories().size(), "one bar per department");
		assertEquals(longPending.values().stream().sorted().toList(),
				perDepartment.series().get(0).values().stream().sorted().toList(), "the bars are the departments'"
						+ " counts");
		assertEquals(flagged, perDepartment.series().get(0).values().stream().mapToLong(Long::longValue).sum());
		ChartData orders = chart(charts, "cases.orders-per-month").compute(director, year);
		assertEquals(raw.ordersPerMonth(year), orders.series().stream().map(ChartData.Series::values).toList());
		assertFalse(raw.ordersPerMonth(year).get(0).stream().allMatch(v -> v == 0), "the demo court issued orders"
				+ " this year");
	}

	/** The raw SQL of a tile's or chart's figure, timed; null for a figure of no growing table. */
	private static Table.Timing floor(RawFigures raw, WatchListService watch, String id, LocalDate today, int year)
			throws Exception {
		return switch (id) {
		case "cases.long-pending", "cases.long-pending-per-department" -> Table
				.time(() -> raw.longPendingPerDepartment(watch.rules(), today));
		case "cases.overdue-orders" -> Table.time(raw::overdueOrders);
		case "cases.orders-per-month" -> Table.time(() -> raw.ordersPerMonth(year));
		default -> null;
		};
	}

	private static String plugin(String id) {
		return id.substring(0, id.indexOf('.'));
	}

	private static DashboardTile tile(List<DashboardTile> tiles, String id) {
		return tiles.stream().filter(t -> t.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no tile " + id));
	}

	private static DashboardChart chart(List<DashboardChart> charts, String id) {
		return charts.stream().filter(c -> c.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no chart " + id));
	}
}
