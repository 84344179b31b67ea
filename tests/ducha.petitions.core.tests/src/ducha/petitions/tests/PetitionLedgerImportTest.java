package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.ExitCodes;
import ducha.core.ValidationException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.demo.DemoAccounts;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.petitions.Channel;
import ducha.petitions.Intake;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * A court's past years come in through the 信访举报台账: every column and the state each petition reached, numbers
 * kept and continued, the reporter sealed as at intake and never written anywhere in clear, a file with a bad row
 * stored not at all. Each test uses a year of its own, so that the petitions other tests register do not meet its
 * numbers.
 */
class PetitionLedgerImportTest {

	private static final String HEADER = "编号,来源渠道,收件日期,举报人,举报人姓名,联系方式,被反映人工号,问题类别,内容摘要,转办机关,办理期限,"
			+ "状态,核查结论,核查情况,认定日期,处置方式,处置情况,处置日期,结案日期";

	private final LedgerService ledgers = Osgi.service(LedgerService.class);
	private final PetitionService petitions = Osgi.service(PetitionService.class);

	@TempDir
	Path folder;

	private List<String> judges;
	private Reporter reporter;

	@BeforeEach
	void court() throws SQLException {
		judges = Court.judges(3);
		reporter = Court.uniqueReporter();
		// a data folder reused from an earlier run holds the years' petitions already
		for (int year = 2011; year <= 2015; year++) {
			removeYear(year);
		}
	}

	@Test
	void aPastYearComesInWithItsStatesAndExportsAsItCameInAndAgainFromItsExport() throws Exception {
		LedgerImportResult result = importFile("2011.csv", HEADER + "\n"
				+ "XF2011-003,来信,2011-03-01,,NAME,CONTACT,J0,违反廉洁纪律,反映其接受当事人宴请,,2011-04-30,已结案,不实,经核查反映不实,"
				+ "2011-04-10,不予处理,,2011-04-20,2011-04-25\n"
				+ "XF2011-004,来访,2011-03-05,匿名,,,J1、J2,违反工作纪律,反映其上班时间脱岗,,,已处置,属实,查实脱岗两次,2011-04-01,"
				+ "批评教育,当面批评,2011-04-15,\n"
				+ "XF2011-007,上级转办,2011-05-10,受保护,,,J1,违反廉洁纪律,上级转来反映其违规会见律师,市中院纪检组,2011-06-10,已认定,"
				+ "部分属实,部分属实,2011-06-01,,,,\n"
				+ "XF2011-010,网上举报,2011/6/1,,,,J0,司法作风,反映其态度生硬,,,核查中,,,,,,,\n"
				+ "XF2011-012,电话举报,2011年7月1日,,,,J2,其他,反映其违规驾驶公车,,2011-08-01,已登记,,,,,,,\n");
		assertEquals(5, result.inserted());

		String online = LocalDate.of(2011, 6, 1).plusDays(petitions.deadlineDays(Channel.ONLINE)).toString();
		String visit = LocalDate.of(2011, 3, 5).plusDays(petitions.deadlineDays(Channel.VISIT)).toString();
		List<List<String>> expected = List.of(
				List.of("XF2011-012", "电话举报", "2011-07-01", "匿名", "", "", judge(2), "其他", "反映其违规驾驶公车", "",
						"2011-08-01", "已登记", "", "", "", "", "", "", ""),
				List.of("XF2011-010", "网上举报", "2011-06-01", "匿名", "", "", judge(0), "司法作风", "反映其态度生硬", "", online,
						"核查中", "", "", "", "", "", "", ""),
				List.of("XF2011-007", "上级转办", "2011-05-10", "受保护", "", "", judge(1), "违反廉洁纪律", "上级转来反映其违规会见律师",
						"市中院纪检组", "2011-06-10", "已认定", "部分属实", "部分属实", "2011-06-01", "", "", "", ""),
				List.of("XF2011-004", "来访", "2011-03-05", "匿名", "", "", judge(1) + "、" + judge(2), "违反工作纪律",
						"反映其上班时间脱岗", "", visit, "已处置", "属实", "查实脱岗两次", "2011-04-01", "批评教育", "当面批评",
						"2011-04-15", ""),
				List.of("XF2011-003", "来信", "2011-03-01", "受保护", "", "", judge(0), "违反廉洁纪律", "反映其接受当事人宴请", "",
						"2011-04-30", "已结案", "不实", "经核查反映不实", "2011-04-10", "不予处理", "", "2011-04-20", "2011-04-25"));
		Path exported = folder.resolve("export.csv");
		ledgers.exportFile("petitions", exported, Court.director());
		assertEquals(expected, rowsOfYear(exported, 2011));
		assertEquals(HEADER, lines(exported).get(0));

		// the same petitions in an empty database: the year's rows removed, its export imported and exported again
		removeYear(2011);
		Path again = folder.resolve("again.csv");
		Files.writeString(again, HEADER + "\n" + String.join("\n", rowsOfYear(exported, 2011).stream()
				.map(cells -> String.join(",", cells)).toList()) + "\n", StandardCharsets.UTF_8);
		assertEquals(5, ledgers.importFile("petitions", again, Court.director()).inserted());
		Path reexported = folder.resolve("reexport.csv");
		ledgers.exportFile("petitions", reexported, Court.director());
		assertEquals(expected, rowsOfYear(reexported, 2011));
		// an export holds no identity: what came from one is protected with nothing to reveal, never 匿名
		assertThrows(ValidationException.class, () -> petitions.revealReporter("XF2011-003", "核对", Court.director()));
	}

	@Test
	void badRowsAreNamedByFileRowAndFieldAndNothingIsStored() throws Exception {
		String name = reporter.name();
		LedgerValidationException rejected = assertThrows(LedgerValidationException.class, () -> importFile("bad.csv",
				"编号,来源渠道,收件日期,举报人,举报人姓名,被反映人工号,问题类别,内容摘要,状态,核查结论,认定日期,处置方式,处置日期,结案日期\n"
						+ "XF2012-001,来信,2012-03-01,,,J0,违反廉洁纪律,好的一行,已登记,,,,,\n"
						+ "XF2012-002,来信,2012-03-01,,,J0,违反廉洁纪律,未知状态,已归档,,,,,\n"
						+ "XF2012-003,来信,2012-03-10,,,J0,违反廉洁纪律,处置早于收件,已处置,不实,2012-03-12,不予处理,2012-03-05,\n"
						+ "XF2012-004,来信,2012-03-01,,,J0,违反廉洁纪律,已认定无结论,已认定,,2012-03-20,,,\n"
						+ "XF2012-005,来信,2012-03-01,,,99999999,违反廉洁纪律,未知工号,已登记,,,,,\n"
						+ "XF12-6,来信,2012-03-01,,,J0,违反廉洁纪律,编号缺年份,已登记,,,,,\n"
						+ "XF2012-7,来信,2012-03-01,,,J0,违反廉洁纪律,序号不足三位,已登记,,,,,\n"
						+ "XF2013-008,来信,2012-03-01,,,J0,违反廉洁纪律,年份与收件日期不符,已登记,,,,,\n"
						+ "XF2012-009," + "来信,2012-03-01," + name + ",,J0,违反廉洁纪律,姓名写在举报人列,已登记,,,,,\n"
						+ "XF2012-010,来信,2012-03-01,匿名," + name + ",J0,违反廉洁纪律,匿名却有姓名,已登记,,,,,\n"
						+ "XF2012-001,来信,2012-03-02,,,J0,违反廉洁纪律,编号重复,已登记,,,,,\n"
						+ "XF2012-011,来信,2012-03-01,,,J0,违反廉洁纪律,已登记却有处置日期,已登记,,,,2012-03-09,\n"));
		assertEquals(List.of("bad.csv:3:状态", "bad.csv:4:处置日期", "bad.csv:5:核查结论", "bad.csv:6:被反映人工号",
				"bad.csv:7:编号", "bad.csv:8:编号", "bad.csv:9:编号", "bad.csv:10:举报人", "bad.csv:11:举报人",
				"bad.csv:12:编号", "bad.csv:13:处置日期"), located(rejected));
		assertTrue(rejected.ledgerProblems().get(1).reason().contains("2012-03-10"), rejected::getMessage);
		// the problems are printed and shown: a name in the wrong column is not quoted back
		assertFalse(rejected.getMessage().contains(name), rejected::getMessage);

		Path exported = folder.resolve("export.csv");
		ledgers.exportFile("petitions", exported, Court.director());
		assertEquals(List.of(), rowsOfYear(exported, 2012), "nothing stored from a rejected file");
	}

	@Test
	void numbersAreKeptAndIntakeContinuesAfterThemAndAStoredNumberIsRefused() throws Exception {
		// the year's counter is in use already: the import must move it, not only a first number taken after it
		assertEquals("XF2013-001", registerIn2013().number());
		importFile("2013.csv", "编号,来源渠道,收件日期,被反映人工号,问题类别,内容摘要,状态\n"
				+ "XF2013-017,来信,2013-03-01,J0,违反廉洁纪律,往年来信,已登记\n"
				+ "XF2013-005,来访,2013-02-01,J1,违反廉洁纪律,往年来访,已登记\n");
		Petition next = registerIn2013();
		assertEquals("XF2013-018", next.number());

		LedgerValidationException twice = assertThrows(LedgerValidationException.class,
				() -> importFile("again.csv", "编号,来源渠道,收件日期,被反映人工号,问题类别,内容摘要,状态\n"
						+ "XF2013-020,来信,2013-06-01,J0,违反廉洁纪律,新的一件,已登记\n"
						+ "XF2013-018,来信,2013-06-01,J0,违反廉洁纪律,与登记的重号,已登记\n"));
		assertEquals(List.of("again.csv:3:编号"), located(twice));
		assertTrue(twice.getMessage().contains("XF2013-018"), twice::getMessage);
		assertThrows(ducha.core.NotFoundException.class, () -> petitions.get("XF2013-020", Court.director()),
				"the good row of the refused file is not stored either");
	}

	@Test
	void onlyTheOfficeDirectorImportsPetitions() throws Exception {
		LedgerKind kind = ledgers.kind("petitions").orElseThrow();
		AuthorizationService authorization = Osgi.service(AuthorizationService.class);
		assertTrue(authorization.isPermitted(Court.director(), "petitions.import"));
		assertTrue(kind.mayImport(Court.director()));
		Path file = write("2014.csv", "编号,来源渠道,收件日期,被反映人工号,问题类别,内容摘要,状态\n"
				+ "XF2014-001,来信,2014-03-01,J0,违反廉洁纪律,往年来信,已登记\n");
		for (Principal other : List.of(Court.supervisor(), Court.leader(), Court.login(DemoAccounts.ADMIN))) {
			assertFalse(kind.mayImport(other), other.username());
			assertThrows(AccessDeniedException.class, () -> ledgers.importFile("petitions", file, other),
					other.username());
		}
		assertThrows(ducha.core.NotFoundException.class, () -> petitions.get("XF2014-001", Court.director()));

		Cli.Result refused = Cli.as(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD, "ledger", "import", "petitions",
				file.toString());
		assertEquals(ExitCodes.NOT_PERMITTED, refused.exitCode(), refused::toString);
		Cli.Result imported = Cli.as(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD, "ledger", "import", "petitions",
				file.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported::toString);
		assertEquals("已登记", petitions.get("XF2014-001", Court.director()).state().label());
	}

	@Test
	void anImporterWhoseScopeIsSomeDepartmentsImportsNoPetitionNamingStaffOfOthers() throws Exception {
		String department = Osgi.service(DirectoryService.class).staff(judge(0)).orElseThrow().departmentCode();
		Principal scoped = new Principal("scoped-director", "分院督察室主任", Court.unreportedStaffNo(),
				Set.of(Role.OFFICE_DIRECTOR), DepartmentScope.of(Set.of("NO-SUCH-" + department)));
		Path file = write("scoped.csv", "编号,来源渠道,收件日期,被反映人工号,问题类别,内容摘要,状态\n"
				+ "XF2014-002,来信,2014-03-01,J0,违反廉洁纪律,往年来信,已登记\n");
		LedgerValidationException refused = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("petitions", file, scoped));
		assertEquals(List.of("scoped.csv:2:被反映人工号"), located(refused));
		assertThrows(ducha.core.NotFoundException.class, () -> petitions.get("XF2014-002", Court.director()));
	}

	@Test
	void anImportedReporterIsSealedAsAtIntakeAndWrittenNowhereInClear() throws Exception {
		Instant before = Instant.now();
		Path file = write("2015.csv", HEADER + "\n" + "XF2015-001,来信,2015-03-01,,NAME,CONTACT,J0,违反廉洁纪律,"
				+ "反映其接受宴请,,,已登记,,,,,,,\n");
		Cli.Result imported = Cli.as(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD, "ledger", "import", "petitions",
				file.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported::toString);
		assertFalse(imported.out().contains(reporter.name()) || imported.err().contains(reporter.name()));

		// the database: the petition's row holds the identity sealed with the petition's key, as intake does
		String row = databaseRow("XF2015-001");
		assertTrue(row.contains("|v2:"), row);
		assertNoIdentity(row, "the petition row");
		assertNoIdentity(databaseRows("select s.* from petition_staff s join petition p on p.id = s.petition_id"
				+ " where p.petition_no = 'XF2015-001'"), "petition_staff");
		assertNoIdentity(databaseRows("select k.* from petition_key k join petition p on p.id = k.petition_id"
				+ " where p.petition_no = 'XF2015-001'"), "petition_key");

		// the audit log: one entry of the import, with its counts
		List<AuditEntry> entries = Osgi.service(AuditLog.class)
				.find(new AuditQuery(null, null, null, null, before, null, 0), Court.ADMIN);
		List<AuditEntry> imports = entries.stream().filter(e -> e.action().equals("petition.import")).toList();
		assertEquals(1, imports.size(), entries::toString);
		assertTrue(imports.get(0).detail().startsWith("1 "), imports.get(0)::toString);
		for (AuditEntry entry : entries) {
			assertNoIdentity(entry.objectId() + "|" + entry.detail(), "audit entry " + entry.action());
		}

		// every export, CSV and XLSX, for whoever may export
		for (Principal reader : List.of(Court.director(), Court.supervisor(), Court.leader())) {
			for (String type : List.of("csv", "xlsx")) {
				Path exported = folder.resolve(reader.username() + "." + type);
				ledgers.exportFile("petitions", exported, reader);
				String text = type.equals("csv") ? Files.readString(exported, StandardCharsets.UTF_8)
						: unzipped(exported);
				if (reader.username().equals(DemoAccounts.DIRECTOR)) {
					assertTrue(text.contains("XF2015-001") && text.contains(Petition.PROTECTED), text);
				}
				assertNoIdentity(text, reader.username() + "'s " + type);
			}
		}

		// and the identity opens as one registered at the desk does
		assertEquals(reporter, petitions.revealReporter("XF2015-001", "核对往年举报人", Court.director()));
	}

	private Petition registerIn2013() {
		return petitions.register(new Intake(Channel.LETTER, LocalDate.of(2013, 5, 1), Reporter.ANONYMOUS,
				List.of(judge(2)), "补录当年来信", "违反廉洁纪律", null, null), Court.director());
	}

	private void assertNoIdentity(String text, String where) {
		assertFalse(text.contains(reporter.name()), where + " holds the reporter's name");
		assertFalse(text.contains(reporter.contact()), where + " holds the reporter's contact");
	}

	/** The file with J0… standing for the test's judges, NAME and CONTACT for its reporter. */
	private Path write(String name, String text) throws IOException {
		String filled = text.replace("NAME", reporter.name()).replace("CONTACT", reporter.contact());
		for (int i = 0; i < judges.size(); i++) {
			filled = filled.replace("J" + i, judges.get(i));
		}
		Path file = folder.resolve(name);
		Files.writeString(file, filled, StandardCharsets.UTF_8);
		return file;
	}

	private LedgerImportResult importFile(String name, String text) throws IOException {
		return ledgers.importFile("petitions", write(name, text), Court.director());
	}

	private String judge(int i) {
		return judges.get(i);
	}

	private static List<String> located(LedgerValidationException e) {
		return e.ledgerProblems().stream().map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList();
	}

	private static List<String> lines(Path csv) throws IOException {
		return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().map(l -> l.replace("\uFEFF", "")).toList();
	}

	/** The exported rows of petitions received in the year (their cells hold no commas or quotes). */
	private static List<List<String>> rowsOfYear(Path csv, int year) throws IOException {
		return lines(csv).stream().skip(1).map(l -> List.of(l.split(",", -1)))
				.filter(cells -> cells.get(0).startsWith("XF" + year + "-")).toList();
	}

	/** The year's petitions removed from the database, as if it had never held them. */
	private static void removeYear(int year) throws SQLException {
		String ids = "(select id from petition where petition_no like 'XF" + year + "-%')";
		try (Connection c = Osgi.service(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			for (String table : List.of("petition_key", "petition_staff", "petition_handler")) {
				s.executeUpdate("delete from " + table + " where petition_id in " + ids);
			}
			s.executeUpdate("delete from petition where petition_no like 'XF" + year + "-%'");
			s.executeUpdate("delete from number_counter where kind = 'petitions.petition' and counter_year = " + year);
		}
		Osgi.petitionsUnit().getCache().evictAll();
	}

	private static String databaseRow(String number) throws SQLException {
		return databaseRows("select * from petition where petition_no = '" + number + "'");
	}

	/** Every cell of the query's rows, separated by |. */
	private static String databaseRows(String query) throws SQLException {
		StringBuilder text = new StringBuilder();
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(query);
				ResultSet rs = s.executeQuery()) {
			ResultSetMetaData meta = rs.getMetaData();
			List<String> rows = new ArrayList<>();
			while (rs.next()) {
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					text.append('|').append(rs.getString(i));
				}
				rows.add(text.toString());
			}
			assertFalse(rows.isEmpty(), query);
		}
		return text.toString();
	}

	/** The text of every part of an XLSX workbook (a zip of XML files). */
	private static String unzipped(Path xlsx) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		assertTrue(text.indexOf("<sheetData") >= 0, "a workbook's sheet was read");
		return text.toString();
	}
}
