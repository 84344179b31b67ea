package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import ducha.cases.CaseMarkingService;
import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestionService;
import ducha.cases.MarkedCase;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import ducha.core.security.Role;

/**
 * The stored four-kinds flag (case_register.four_kinds, cases migration V8) that the four kinds' list reads: right
 * after every mark and unmark, a confirmed suggestion, a refused change and a re-import of the cases, for the rows a
 * database held before the migration, and the list it gives (order, keyset pages, scope) the same as the marks'.
 */
class FourKindsFlagTest {

	private static final Set<MarkKind> FOUR = MarkKind.fourKinds();

	@TempDir
	Path dir;

	private CaseMarkingService marking;

	@BeforeEach
	void court() throws Exception {
		Osgi.resetCourt();
		marking = Osgi.service(CaseMarkingService.class);
		Osgi.service(CaseRegister.class).importFile(cases().write(dir, "cases.csv"), Osgi.ADMIN, null);
	}

	/** Cases 1–2 of MS1, 3–4 of XST, filed 40, 30, 30 and 10 days ago. */
	private static CaseFiles cases() {
		return new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 40)
				.open("民初", 2, "20002", "MS1", "普通", 30).open("刑初", 3, "20003", "XST", null, 30)
				.open("刑初", 4, "20003", "XST", null, 10);
	}

	@Test
	void everyMarkAndUnmarkKeepsTheFlagOfTheCasesCurrentFourKinds() throws SQLException {
		marking.mark(number(1), MarkKind.MASS_OR_PUBLIC, "系列案件", Osgi.ADMIN);
		marking.mark(number(2), MarkKind.MAJOR, "院领导关注", Osgi.ADMIN);
		assertEquals(Map.of(1, true, 2, false, 3, false, 4, false), flags(),
				"a major case is not of the four kinds");

		marking.mark(number(1), MarkKind.MAJOR_SENSITIVE, "涉众", Osgi.ADMIN);
		marking.unmark(number(1), MarkKind.MASS_OR_PUBLIC, "已化解", Osgi.ADMIN);
		assertEquals(true, flags().get(1), "one kind left");
		marking.unmark(number(1), MarkKind.MAJOR_SENSITIVE, "风险解除", Osgi.ADMIN);
		assertEquals(false, flags().get(1), "no kind left");
		marking.mark(number(1), MarkKind.MAJOR_SENSITIVE, "再次涉众", Osgi.ADMIN);
		marking.mark(number(2), MarkKind.SIMILAR_CASE_CONFLICT, "与类案判决冲突", Osgi.ADMIN);
		marking.unmark(number(2), MarkKind.MAJOR, "不再列入", Osgi.ADMIN);
		assertEquals(Map.of(1, true, 2, true, 3, false, 4, false), flags(), "unmarking a major case leaves the flag");
		assertEquals(List.of(1, 2), list(FOUR, CaseQuery.ALL, 10, Osgi.ADMIN));
		assertEquals(2, marking.count(FOUR, CaseQuery.ALL, LocalDate.now(), Osgi.ADMIN));
	}

	@Test
	void aConfirmedSuggestionSetsTheFlagAndARefusedChangeLeavesIt() throws SQLException {
		MarkSuggestionService suggestions = Osgi.service(MarkSuggestionService.class);
		MarkSuggestion flagged = suggestions.flag(number(3), MarkKind.SIMILAR_CASE_CONFLICT,
				"与本院类案判决尺度不一", Osgi.ADMIN);
		assertEquals(false, flags().get(3), "a suggestion is no mark");
		suggestions.confirm(flagged.id(), flagged.version(), "经审核确认", Osgi.ADMIN);
		assertEquals(true, flags().get(3));

		assertThrows(ValidationException.class,
				() -> marking.mark(number(3), MarkKind.SIMILAR_CASE_CONFLICT, "重复标记", Osgi.ADMIN));
		Principal ms1Head = Osgi.user(Role.DEPARTMENT_HEAD, "MS1");
		assertThrows(NotFoundException.class,
				() -> marking.unmark(number(3), MarkKind.SIMILAR_CASE_CONFLICT, "不属实", ms1Head));
		assertThrows(ValidationException.class,
				() -> marking.mark(number(4), MarkKind.ILLEGAL_ADJUDICATION, " ", Osgi.ADMIN));
		assertEquals(Map.of(1, false, 2, false, 3, true, 4, false), flags());
	}

	@Test
	void aReImportThatMovesAMarkedCaseKeepsItsFlagAndTheListFollowsItsNewDateAndDepartment() throws Exception {
		marking.mark(number(1), MarkKind.MASS_OR_PUBLIC, "系列案件", Osgi.ADMIN);
		marking.mark(number(4), MarkKind.ILLEGAL_ADJUDICATION, "来信反映", Osgi.ADMIN);
		Principal ms1Head = Osgi.user(Role.DEPARTMENT_HEAD, "MS1");
		Principal xstHead = Osgi.user(Role.DEPARTMENT_HEAD, "XST");
		assertEquals(List.of(1, 4), list(FOUR, CaseQuery.ALL, 1, Osgi.ADMIN));
		assertEquals(List.of(4), list(FOUR, CaseQuery.ALL, 1, xstHead));

		// case 4 corrected to 1 January of its 案号's year, MS1's and closed: still marked (the lists do not follow
		// the status), listed by its new filing date and in its new department
		LocalDate corrected = LocalDate.of(LocalDate.now().minusDays(10).getYear(), 1, 1);
		Path file = new CaseFiles().line(number(4), "民间借贷纠纷", "20001", "MS1", corrected.toString(), "普通",
				LocalDate.now().toString(), "调解", "已结").write(dir, "moved.csv");
		Osgi.service(CaseRegister.class).importFile(file, Osgi.ADMIN, null);
		assertEquals(Map.of(1, true, 2, false, 3, false, 4, true), flags());
		// on the same day 案号 decides: 刑 (U+5211) before 民 (U+6C11)
		List<Integer> order = corrected.isAfter(LocalDate.now().minusDays(40)) ? List.of(1, 4) : List.of(4, 1);
		assertEquals(order, list(FOUR, CaseQuery.ALL, 1, Osgi.ADMIN));
		assertEquals(order, list(FOUR, CaseQuery.ALL, 1, ms1Head));
		assertEquals(List.of(), list(FOUR, CaseQuery.ALL, 1, xstHead));
		assertEquals(2, marking.count(FOUR, CaseQuery.ALL, LocalDate.now(), ms1Head));
		assertEquals(0, marking.count(FOUR, CaseQuery.ALL.withDepartment("XST"), LocalDate.now(), Osgi.ADMIN));
	}

	@Test
	void keysetPagesWalkTheListOnceInFilingDateAndCaseNumberOrderWithTheMarksOfEachCase() {
		for (int i = 1; i <= 4; i++) {
			MarkKind kind = i % 2 == 0 ? MarkKind.MAJOR_SENSITIVE : MarkKind.MASS_OR_PUBLIC;
			marking.mark(number(i), kind, "测试", Osgi.ADMIN);
		}
		marking.mark(number(3), MarkKind.MAJOR_SENSITIVE, "测试", Osgi.ADMIN);
		// 2 and 3 were filed on the same day: 案号 decides, 刑 (U+5211) before 民 (U+6C11)
		List<Integer> all = List.of(1, 3, 2, 4);
		for (int size = 1; size <= 5; size++) {
			assertEquals(all, list(FOUR, CaseQuery.ALL, size, Osgi.ADMIN), "pages of " + size);
		}
		assertEquals(List.of(3, 2, 4), list(Set.of(MarkKind.MAJOR_SENSITIVE), CaseQuery.ALL, 1, Osgi.ADMIN),
				"one kind, in the same order");
		assertEquals(List.of(1, 3), list(Set.of(MarkKind.MASS_OR_PUBLIC), CaseQuery.ALL, 1, Osgi.ADMIN));
		assertEquals(3, marking.count(Set.of(MarkKind.MAJOR_SENSITIVE), CaseQuery.ALL, LocalDate.now(), Osgi.ADMIN));
		CasePage<MarkedCase> first = marking.marked(FOUR, CaseQuery.ALL, LocalDate.now(), null, 10, Osgi.ADMIN);
		assertEquals("群体性纠纷或社会关注；重大敏感、疑难复杂", first.rows().get(1).kindsText(), "case 3's marks, in their order");
	}

	@Test
	void theMigrationFlagsTheCasesAnOlderDatabaseHasMarked() throws SQLException {
		String schema = "FOUR_KINDS_UPGRADE_" + System.nanoTime();
		DataSource dataSource = Osgi.service(DataSource.class);
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("create schema " + schema);
		}
		assertEquals("7", flyway(dataSource, schema, "7").migrate().targetSchemaVersion);
		try (Connection c = dataSource.getConnection()) {
			for (int i = 1; i <= 5; i++) {
				insertCase(c, schema, i);
			}
			event(c, schema, 1, "MASS_OR_PUBLIC", "MARK"); // marked
			event(c, schema, 2, "MAJOR_SENSITIVE", "MARK"); // marked, then unmarked
			event(c, schema, 2, "MAJOR_SENSITIVE", "UNMARK");
			event(c, schema, 3, "MAJOR", "MARK"); // a major case only
			event(c, schema, 4, "ILLEGAL_ADJUDICATION", "MARK"); // unmarked, marked again
			event(c, schema, 4, "ILLEGAL_ADJUDICATION", "UNMARK");
			event(c, schema, 4, "ILLEGAL_ADJUDICATION", "MARK");
			event(c, schema, 5, "SIMILAR_CASE_CONFLICT", "MARK"); // one kind left of two
			event(c, schema, 5, "MAJOR_SENSITIVE", "MARK");
			event(c, schema, 5, "SIMILAR_CASE_CONFLICT", "UNMARK");
		}
		flyway(dataSource, schema, null).migrate();
		try (Connection c = dataSource.getConnection()) {
			assertEquals(Map.of(1, true, 2, false, 3, false, 4, true, 5, true),
					flags(c, schema + ".case_register"));
		}
	}

	// ----

	private static String number(int sequence) {
		int age = switch (sequence) {
		case 1 -> 40;
		case 4 -> 10;
		default -> 30;
		};
		return CaseFiles.number(LocalDate.now().minusDays(age).getYear(), sequence <= 2 ? "民初" : "刑初", sequence);
	}

	/** Sequence numbers of the list, walking pages of the given size. */
	private List<Integer> list(Set<MarkKind> kinds, CaseQuery query, int pageSize, Principal reader) {
		return MarkedLists.sequences(marking, kinds, query, pageSize, reader);
	}

	private static Map<Integer, Boolean> flags() throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection()) {
			return flags(c, "case_register");
		}
	}

	private static Map<Integer, Boolean> flags(Connection c, String table) throws SQLException {
		Map<Integer, Boolean> flags = new TreeMap<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select sequence_no, four_kinds from " + table)) {
			while (rs.next()) {
				flags.put(rs.getInt(1), rs.getInt(2) == 1);
			}
		}
		return flags;
	}

	/** The cases plugin's own migrations into a schema of their own, as the platform runs them. */
	private static Flyway flyway(DataSource dataSource, String schema, String target) {
		ClassLoader loader = FrameworkUtil.getBundle(CaseRegister.class).adapt(BundleWiring.class).getClassLoader();
		var config = Flyway.configure(loader).dataSource(dataSource).schemas(schema).defaultSchema(schema)
				.locations("classpath:db/cases").table("flyway_ducha_cases_core").loggers("slf4j");
		return (target == null ? config : config.target(target)).load();
	}

	private static void insertCase(Connection c, String schema, int sequence) throws SQLException {
		LocalDate filed = LocalDate.now().minusDays(sequence);
		try (PreparedStatement s = c.prepareStatement("insert into " + schema + ".case_register (case_no, case_year,"
				+ " court_code, case_type, sequence_no, cause, judge_no, department_code, filing_date,"
				+ " trial_procedure, status, case_family) values (?, ?, '川0724', '民初', ?, '民间借贷纠纷', '20001',"
				+ " 'MS1', ?, '普通', 'PENDING', 'CIVIL')")) {
			s.setString(1, "C" + sequence);
			s.setInt(2, filed.getYear());
			s.setInt(3, sequence);
			s.setDate(4, Date.valueOf(filed));
			s.executeUpdate();
		}
	}

	private static void event(Connection c, String schema, int sequence, String kind, String action)
			throws SQLException {
		try (PreparedStatement s = c.prepareStatement("insert into " + schema + ".case_mark_event (case_no,"
				+ " mark_kind, action, reason, actor, event_time)"
				+ " values (?, ?, ?, '测试', 'admin', current_timestamp)")) {
			s.setString(1, "C" + sequence);
			s.setString(2, kind);
			s.setString(3, action);
			s.executeUpdate();
		}
	}
}
