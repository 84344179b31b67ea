package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.WatchBasis;
import ducha.cases.WatchListService;
import ducha.cases.WatchRule;

/**
 * The stored long-pending date (case_register.flag_date, cases migration V7): filing date + the days of the
 * narrowest rule covering an open case, null for closed and uncovered cases; right after an import, after a case is
 * closed, after the rules change, and for the rows a database held before the migration.
 */
class FlagDateTest {

	@TempDir
	Path dir;

	private WatchListService watch;
	private final List<Long> added = new ArrayList<>();
	private final List<WatchRule> removed = new ArrayList<>();

	@BeforeEach
	void court() throws Exception {
		Osgi.resetCourt();
		watch = Osgi.service(WatchListService.class);
		Path file = new CaseFiles()
				.open("民初", 1, "20001", "MS1", "简易", 10) // 民初 简易: 72 days
				.open("民初", 2, "20001", "MS1", "小额诉讼", 10) // no rule of its own: the catch-all, 365
				.open("执", 3, "20003", "XST", null, 10) // 执: 180
				.open("执恢", 4, "20003", "XST", null, 10) // 执行 family, no rule: 365
				.closed("民初", 5, "20001", "MS1", 300, 20) // closed: none
				.write(dir, "cases.csv");
		Osgi.service(CaseRegister.class).importFile(file, Osgi.ADMIN, null);
	}

	@AfterEach
	void restoreRules() {
		added.forEach(id -> watch.deleteRule(id, version(id), Osgi.ADMIN));
		removed.forEach(r -> watch.saveRule(new WatchRule(0, r.caseType(), r.procedure(), r.basis(),
				r.thresholdDays(), r.limitSharePercent(), r.label()), Osgi.ADMIN));
	}

	@Test
	void anImportStoresEachOpenCasesDayOfItsNarrowestRuleAndNoneForClosedCases() throws SQLException {
		Map<Integer, LocalDate> dates = flagDates();
		assertEquals(filed(10).plusDays(72), dates.get(1));
		assertEquals(filed(10).plusDays(365), dates.get(2));
		assertEquals(filed(10).plusDays(180), dates.get(3));
		assertEquals(filed(10).plusDays(365), dates.get(4));
		assertNull(dates.get(5), "a closed case is never long-pending");
		assertEquals(5, dates.size());
	}

	@Test
	void closingACaseByReImportClearsItsDate() throws Exception {
		Path closing = new CaseFiles().line(CaseFiles.number(filed(10).getYear(), "执", 3), "民间借贷纠纷", "20003", "XST",
				filed(10).toString(), "", filed(5).toString(), "执行完毕", "已结").write(dir, "closing.csv");
		Osgi.service(CaseRegister.class).importFile(closing, Osgi.ADMIN, null);
		Map<Integer, LocalDate> dates = flagDates();
		assertNull(dates.get(3));
		assertEquals(filed(10).plusDays(72), dates.get(1), "the other cases keep theirs");
	}

	@Test
	void aRuleChangeRecomputesTheDatesTheNarrowestRuleWinningAndARemovedRuleGivingWay() throws SQLException {
		WatchRule family = watch.saveRule(new WatchRule(0, "执行", null, WatchBasis.DAYS, 60, null, "执行满60天"),
				Osgi.ADMIN, new NullProgressMonitor());
		added.add(family.id());
		WatchRule smallClaims = watch.saveRule(new WatchRule(0, "民初", "小额诉讼", WatchBasis.DAYS, 30, null, "小额满30天"),
				Osgi.ADMIN);
		added.add(smallClaims.id());
		Map<Integer, LocalDate> dates = flagDates();
		assertEquals(filed(10).plusDays(60), dates.get(4), "the family rule is narrower than the catch-all");
		assertEquals(filed(10).plusDays(180), dates.get(3), "the code's own rule is narrower than its family's");
		assertEquals(filed(10).plusDays(30), dates.get(2), "code and procedure: the narrowest");
		assertEquals(filed(10).plusDays(72), dates.get(1));

		// a changed rule: its cases move with it
		watch.saveRule(new WatchRule(smallClaims.id(), "民初", "小额诉讼", WatchBasis.DAYS, 45, null, "小额满45天",
				version(smallClaims.id())), Osgi.ADMIN);
		assertEquals(filed(10).plusDays(45), flagDates().get(2));

		// a removed rule: its cases fall back to the next covering rule
		watch.deleteRule(family.id(), version(family.id()), Osgi.ADMIN);
		added.remove(family.id());
		assertEquals(filed(10).plusDays(365), flagDates().get(4));

		// without the catch-all, open cases no rule covers have no date (and are on no list)
		WatchRule catchAll = watch.rules().stream().filter(r -> r.caseType() == null && r.procedure() == null)
				.findFirst().orElseThrow();
		watch.deleteRule(catchAll.id(), catchAll.version(), Osgi.ADMIN);
		removed.add(catchAll);
		dates = flagDates();
		assertNull(dates.get(4));
		assertEquals(filed(10).plusDays(180), dates.get(3));
		assertEquals(filed(10).plusDays(45), dates.get(2));
		assertEquals(3, watch.countLongPending(CaseQuery.ALL, LocalDate.now().plusDays(400), Osgi.ADMIN),
				"only the cases with a date can be listed");
	}

	@Test
	void aCancelledRecomputationStoresNeitherTheRuleNorTheDates() throws SQLException {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		int before = watch.rules().size();
		assertThrows(OperationCanceledException.class, () -> watch.saveRule(
				new WatchRule(0, "执行", null, WatchBasis.DAYS, 60, null, "执行满60天"), Osgi.ADMIN, cancelled));
		assertEquals(before, watch.rules().size());
		assertEquals(filed(10).plusDays(365), flagDates().get(4));
	}

	@Test
	void theMigrationGivesTheRowsOfAnOlderDatabaseTheirDates() throws SQLException {
		String schema = "FLAG_UPGRADE_" + System.nanoTime();
		DataSource dataSource = Osgi.service(DataSource.class);
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("create schema " + schema);
		}
		assertEquals("6", flyway(dataSource, schema, "6").migrate().targetSchemaVersion);
		// tables named with their schema: the pool's connections keep the platform's schema
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			insert(c, schema, "民初", 1, "简易", "PENDING", "CIVIL", 10);
			insert(c, schema, "民初", 2, "普通", "SUSPENDED", "CIVIL", 200);
			insert(c, schema, "执恢", 3, null, "PENDING", "ENFORCEMENT", 10);
			insert(c, schema, "执", 4, null, "PENDING", "ENFORCEMENT", 10);
			insert(c, schema, "民初", 5, "简易", "CLOSED", "CIVIL", 10);
			// a court's own rule, narrower than the catch-all for its family
			s.executeUpdate("insert into " + schema + ".watch_rule (case_type, trial_procedure, basis, threshold_days,"
					+ " label) values ('执行', null, 'DAYS', 60, '执行满60天')");
		}
		flyway(dataSource, schema, null).migrate();
		Map<Integer, LocalDate> dates;
		try (Connection c = dataSource.getConnection()) {
			dates = flagDates(c, schema + ".case_register");
		}
		assertEquals(filed(10).plusDays(72), dates.get(1));
		assertEquals(filed(200).plusDays(144), dates.get(2), "suspended cases are open");
		assertEquals(filed(10).plusDays(60), dates.get(3));
		assertEquals(filed(10).plusDays(180), dates.get(4));
		assertNull(dates.get(5));
	}

	// ----

	/** The cases plugin's own migrations into a schema of their own, as the platform runs them. */
	private static Flyway flyway(DataSource dataSource, String schema, String target) {
		ClassLoader loader = FrameworkUtil.getBundle(CaseRegister.class).adapt(BundleWiring.class).getClassLoader();
		var config = Flyway.configure(loader).dataSource(dataSource).schemas(schema).defaultSchema(schema)
				.locations("classpath:db/cases").table("flyway_ducha_cases_core").loggers("slf4j");
		return (target == null ? config : config.target(target)).load();
	}

	private static void insert(Connection c, String schema, String type, int sequence, String procedure,
			String status, String family, int age) throws SQLException {
		LocalDate filed = filed(age);
		try (PreparedStatement s = c.prepareStatement("insert into " + schema + ".case_register (case_no, case_year, court_code,"
				+ " case_type, sequence_no, cause, judge_no, department_code, filing_date, trial_procedure, status,"
				+ " case_family) values (?, ?, '川0724', ?, ?, '民间借贷纠纷', '20001', 'MS1', ?, ?, ?, ?)")) {
			s.setString(1, CaseFiles.number(filed.getYear(), type, sequence));
			s.setInt(2, filed.getYear());
			s.setString(3, type);
			s.setInt(4, sequence);
			s.setDate(5, Date.valueOf(filed));
			s.setString(6, procedure);
			s.setString(7, status);
			s.setString(8, family);
			s.executeUpdate();
		}
	}

	private static LocalDate filed(int age) {
		return LocalDate.now().minusDays(age);
	}

	private long version(long id) {
		return watch.rules().stream().filter(r -> r.id() == id).findFirst().orElseThrow().version();
	}

	/** Sequence number → stored date (absent: no row; null: no date) of the running database's register. */
	private static Map<Integer, LocalDate> flagDates() throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection()) {
			return flagDates(c, "case_register");
		}
	}

	private static Map<Integer, LocalDate> flagDates(Connection c, String table) throws SQLException {
		Map<Integer, LocalDate> dates = new HashMap<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select sequence_no, flag_date from " + table)) {
			while (rs.next()) {
				Date date = rs.getDate(2);
				dates.put(rs.getInt(1), date == null ? null : date.toLocalDate());
			}
		}
		return dates;
	}
}
