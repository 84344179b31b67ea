package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseRegister;
import ducha.cases.OrderStatus;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.cli.ExitCodes;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Role;

/** 督办台账 ({@code cases.orders}): a court's past supervision orders, with their state, extensions and results. */
class OrderLedgerTest {

	private static final String ORDERS = "cases.orders";
	private static final String HEADER = "案号,督办层级,承办人工号,督办事项,督办日期,办结期限,延期,状态,办结日期,办结结果,督办人";
	private static final String CIVIL = CaseFiles.number(2024, "民初", 11);
	private static final String CRIMINAL = CaseFiles.number(2024, "刑初", 12);
	private static final String CIVIL_2 = CaseFiles.number(2024, "民初", 13);

	@TempDir
	Path dir;

	private LedgerService ledgers;
	private SupervisionService supervision;

	@BeforeEach
	void courtWithThreeCases() throws IOException {
		Osgi.resetCourt();
		ledgers = Osgi.service(LedgerService.class);
		supervision = Osgi.service(SupervisionService.class);
		registerCases();
	}

	@Test
	void pastOrdersAreStoredWithTheirStateExtensionsAndTrackingRecord() throws IOException {
		LedgerImportResult result = ledgers.importFile(ORDERS, pastOrders(), Osgi.ADMIN);

		assertEquals(3, result.inserted());
		List<SupervisionOrder> orders = supervision.orders(null, Osgi.ADMIN).stream()
				.sorted((a, b) -> a.issuedDate().compareTo(b.issuedDate())).toList();
		SupervisionOrder closed = orders.get(0);
		assertEquals(CIVIL, closed.caseNo());
		assertEquals(OrderStatus.CLOSED, closed.status());
		assertEquals(LocalDate.of(2024, 5, 20), closed.closedDate());
		assertEquals(LocalDate.of(2024, 5, 31), closed.deadline(), "the deadline the extension set");
		assertEquals("审管办", closed.issuedBy());
		assertEquals(List.of("ISSUED 2024-03-01", "EXTENDED 2024-04-25", "CLOSED 2024-05-20"), events(CIVIL));
		assertTrue(supervision.timeline(CIVIL, Osgi.ADMIN).get(2).detail().contains("已判决结案"));

		SupervisionOrder overdue = orders.get(1);
		assertEquals(OrderStatus.OVERDUE, overdue.status());
		assertEquals(SupervisionLevel.VICE_PRESIDENT, overdue.level(), "read from 分管院领导督办");
		assertEquals("台账导入", overdue.issuedBy());
		SupervisionOrder open = orders.get(2);
		assertEquals(OrderStatus.IN_PROGRESS, open.status());
		assertEquals(LocalDate.of(2024, 11, 30), open.deadline(), "the second extension's");
		assertEquals(List.of("ISSUED 2024-08-01", "EXTENDED 2024-09-20", "EXTENDED 2024-10-30"), events(CIVIL_2));
	}

	@Test
	void theOrdersRoundTripIntoAnEmptyDatabase() throws IOException {
		ledgers.importFile(ORDERS, pastOrders(), Osgi.ADMIN);
		Path csv = dir.resolve("out.csv");
		Path xlsx = dir.resolve("out.xlsx");
		assertEquals(3, ledgers.exportFile(ORDERS, csv, Osgi.ADMIN));
		ledgers.exportFile(ORDERS, xlsx, Osgi.ADMIN);
		assertEquals(CIVIL + ",部门负责人,20001,长期未结，限期审结,2024-03-01,2024-04-30,2024-04-25 延期至 2024-05-31,已办结,"
				+ "2024-05-20,已判决结案,审管办", Files.readAllLines(csv, StandardCharsets.UTF_8).get(1));

		Osgi.resetCourt();
		registerCases();
		ledgers.importFile(ORDERS, xlsx, Osgi.ADMIN);
		Path again = dir.resolve("again.csv");
		ledgers.exportFile(ORDERS, again, Osgi.ADMIN);

		assertEquals(Files.readAllLines(csv, StandardCharsets.UTF_8), Files.readAllLines(again, StandardCharsets.UTF_8));
		LedgerImportResult twice = ledgers.importFile(ORDERS, csv, Osgi.ADMIN);
		assertEquals(0, twice.inserted() + twice.updated(), "stored orders stated as they are are kept");
		assertEquals(3, supervision.orders(null, Osgi.ADMIN).size());
	}

	@Test
	void anOrderIssuedInTheWorkbenchExportsItsFirstDeadlineExtensionAndResult() throws IOException {
		SupervisionOrder o = supervision.issue(CIVIL, SupervisionLevel.DEPARTMENT_HEAD, "20001",
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), "限期审结", Osgi.ADMIN);
		o = supervision.extend(o.id(), o.version(), LocalDate.of(2024, 5, 31), LocalDate.of(2024, 4, 25), "鉴定未完成",
				Osgi.ADMIN);
		supervision.close(o.id(), o.version(), LocalDate.of(2024, 5, 20), "已调解结案", Osgi.ADMIN);
		Path csv = dir.resolve("out.csv");

		ledgers.exportFile(ORDERS, csv, Osgi.ADMIN);

		assertEquals(CIVIL + ",部门负责人,20001,限期审结,2024-03-01,2024-04-30,2024-04-25 延期至 2024-05-31,已办结,"
				+ "2024-05-20,已调解结案,tester", Files.readAllLines(csv, StandardCharsets.UTF_8).get(1));
		assertEquals(0, ledgers.importFile(ORDERS, csv, Osgi.ADMIN).inserted(), "the row states the stored order");
	}

	@Test
	void badRowsAreListedAsFileRowColumnAndNothingIsStored() throws IOException {
		String unregistered = CaseFiles.number(2024, "民初", 99);
		Path file = write("orders.csv", HEADER,
				CIVIL + ",部门负责人,20001,限期审结,2024-03-01,2024-04-30,,已办结,2024-04-20,,",
				unregistered + ",部门负责人,20001,限期审结,2024-03-01,2024-04-30,,办理中,,,",
				CRIMINAL + ",部门负责人,29999,限期审结,2024-03-01,2024-04-30,,办理中,,,",
				CRIMINAL + ",部门负责人,20003,限期审结,2024-03-05,2024-04-30,,已办结,2024-03-02,,",
				CRIMINAL + ",部门负责人,20003,限期审结,2024-03-06,2024-04-30,,已办结,,,",
				CRIMINAL + ",部门负责人,20003,限期审结,2024-03-07,2024-03-01,,办理中,,,",
				CRIMINAL + ",部门负责人,20003,限期审结,2024-03-08,2024-04-30,2024-05-02 延期至 2024-05-31,办理中,,,",
				CRIMINAL + ",部门负责人,20003,限期审结,2024-03-09,2024-04-30,五月底,办理中,,,",
				CRIMINAL + ",庭长督办,20003,限期审结,2024-03-10,2024-04-30,,已完成,,,",
				CRIMINAL + ",部门负责人,20003,限期审结,2024-03-10,2024-04-30,,办理中,,办结了,",
				CIVIL + ",部门负责人,20001,限期审结,2024/3/1,2024-04-30,,已办结,2024-04-20,,");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile(ORDERS, file, Osgi.ADMIN));

		assertEquals(List.of("orders.csv:3:案号", "orders.csv:4:承办人工号", "orders.csv:5:办结日期", "orders.csv:6:办结日期",
				"orders.csv:7:办结期限", "orders.csv:8:延期", "orders.csv:9:延期", "orders.csv:10:状态", "orders.csv:11:办结结果",
				"orders.csv:11:案号", "orders.csv:12:案号"), locations(e));
		assertTrue(e.ledgerProblems().get(0).reason().contains(unregistered), e.ledgerProblems()::toString);
		assertTrue(e.ledgerProblems().get(2).reason().contains("办结日期 2024-03-02 早于督办日期 2024-03-05"),
				e.ledgerProblems()::toString);
		assertTrue(e.ledgerProblems().get(10).reason().contains("第 2 行"), e.ledgerProblems()::toString);
		assertEquals(List.of(), supervision.orders(null, Osgi.ADMIN), "the good row is not stored either");
	}

	@Test
	void aStoredOrderStatedOtherwiseIsRefusedAndAnOverdueOrderMustBePastItsDeadline() throws IOException {
		supervision.issue(CIVIL, SupervisionLevel.DEPARTMENT_HEAD, "20001", LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 4, 30), "限期审结", Osgi.ADMIN);
		LocalDate nextMonth = LocalDate.now().plusMonths(1);
		Path file = write("orders.csv", HEADER,
				CIVIL + ",部门负责人,20001,限期审结,2024-03-01,2024-04-30,,已办结,2024-04-20,,",
				CRIMINAL + ",部门负责人,20003,限期审结,2024-03-01," + nextMonth + ",,已超期,,,");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile(ORDERS, file, Osgi.ADMIN));

		assertEquals(List.of("orders.csv:2:案号", "orders.csv:3:状态"), locations(e));
		assertEquals(OrderStatus.OPEN, supervision.orders(null, Osgi.ADMIN).get(0).status(), "the workbench's order");
	}

	@Test
	void importingNeedsTheSupervisePermissionAndACourtWideScopeAndAnExportHoldsTheReadersDepartments() throws IOException {
		Path file = pastOrders();
		assertThrows(AccessDeniedException.class,
				() -> ledgers.importFile(ORDERS, file, Osgi.user(Role.TRIAL_MANAGEMENT)));
		assertThrows(AccessDeniedException.class,
				() -> ledgers.importFile(ORDERS, file, Osgi.user(Role.COURT_LEADER, "MS1", "XST")),
				"a leader in charge of some departments, even all the file's, is not court-wide");
		assertEquals(List.of(), supervision.orders(null, Osgi.ADMIN));
		ledgers.importFile(ORDERS, file, Osgi.user(Role.FULL_TIME_SUPERVISOR));

		Path criminal = dir.resolve("xst.csv");
		assertEquals(1, ledgers.exportFile(ORDERS, criminal, Osgi.user(Role.DEPARTMENT_HEAD, "XST")));
		assertTrue(Files.readAllLines(criminal, StandardCharsets.UTF_8).get(1).startsWith(CRIMINAL));
		assertThrows(AccessDeniedException.class,
				() -> ledgers.exportFile(ORDERS, dir.resolve("no.csv"), Osgi.user(Role.STAFF)));
	}

	@Test
	void theCommandLineImportsAndExportsTheOrdersLedger() throws IOException {
		Cli.Result imported = Cli.run("cases", "ledger", "import", "orders", pastOrders().toString());
		Path out = dir.resolve("cli.csv");
		Cli.Result exported = Cli.run("cases", "ledger", "export", "orders", out.toString());

		assertEquals(ExitCodes.OK, imported.exitCode(), imported::toString);
		assertTrue(imported.out().contains("orders.csv：3 行，新增 3"), imported::toString);
		assertEquals(ExitCodes.OK, exported.exitCode(), exported::toString);
		assertEquals(4, Files.readAllLines(out, StandardCharsets.UTF_8).size());
	}

	/**
	 * Three orders of 2024: one closed after an extension, one overdue (its deadline long past), one in progress
	 * after two extensions.
	 */
	private Path pastOrders() throws IOException {
		return write("orders.csv", HEADER,
				CIVIL + ",部门负责人,20001,长期未结，限期审结,2024-03-01,2024-04-30,2024-04-25 延期至 2024-05-31,已办结,"
						+ "2024-05-20,已判决结案,审管办",
				CRIMINAL + ",分管院领导督办,20003,尽快审结,2024-06-01,2024-07-31,,已超期,,,",
				CIVIL_2 + ",院长,20002,限期审结,2024-08-01,2024-09-30,2024-09-20 延期至 2024-10-31；2024/10/30延期至2024年11月30日,"
						+ "办理中,,,");
	}

	private void registerCases() throws IOException {
		Osgi.service(CaseRegister.class).importFile(new CaseFiles()
				.line(CIVIL, "民间借贷纠纷", "20001", "MS1", "2024-01-10", "普通", "", "", "在审")
				.line(CRIMINAL, "盗窃罪", "20003", "XST", "2024-01-15", "普通", "", "", "在审")
				.line(CIVIL_2, "买卖合同纠纷", "20002", "MS1", "2024-02-01", "普通", "", "", "在审")
				.write(dir, "cases.csv"), Osgi.ADMIN, null);
	}

	/** The case's tracking record as kind and day. */
	private List<String> events(String caseNo) {
		return supervision.timeline(caseNo, Osgi.ADMIN).stream().map(e -> e.kind() + " " + e.date()).toList();
	}

	private static List<String> locations(LedgerValidationException e) {
		return e.ledgerProblems().stream().map(OrderLedgerTest::location).toList();
	}

	private static String location(LedgerProblem p) {
		return p.file() + ":" + p.row() + (p.column() == null ? "" : ":" + p.column());
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
	}
}
