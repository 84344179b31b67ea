package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerTable;
import ducha.integrity.RiskListService;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;

/** {@code ducha-cli integrity ...} run in-process against the test database. */
class IntegrityCliTest {

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
		Osgi.service(TalkService.class).record(Talk.of(Court.LI, TalkLevel.DEPARTMENT_HEAD_REMINDER,
				LocalDate.now().minusDays(10), "民一庭庭长", Court.WANG, "审限内未结案件较多", null, null), Court.ADMIN);
	}

	@Test
	void theReportForAStaffListStatesWhatEachArchiveHolds() {
		assertEquals(ExitCodes.OK, run("integrity", "report", "--staff", Court.LI + "," + Court.ZHAO), err.toString());
		String report = out.toString();
		assertTrue(report.startsWith("李明等2名同志廉情报告"), report);
		assertTrue(report.contains("李明（工号 20001，民事审判第一庭审判员）"), report);
		assertTrue(report.contains("部门负责人提醒谈：审限内未结案件较多"), report);
		assertTrue(report.contains("赵强（工号 20003，") && report.contains("无约谈、处理"), report);
	}

	@Test
	void listPrintsTheLedgerUnderItsChineseHeaders() {
		assertEquals(ExitCodes.OK, run("integrity", "list", "talks"), err.toString());
		assertTrue(out.toString().startsWith("编号\t工号\t约谈层级"), out.toString());
		assertTrue(out.toString().contains("共 1 条"), out.toString());
	}

	@Test
	void anUnknownStaffNumberOrLedgerIsRefusedWithAReason() {
		assertEquals(ExitCodes.REJECTED, run("integrity", "report", "--staff", "99999"));
		assertTrue(err.toString().contains("99999"), err.toString());
		assertEquals(ExitCodes.REJECTED, run("integrity", "list", "cases"));
		assertTrue(err.toString().contains("talks"), err.toString());
	}

	@Test
	void theHelpOfTheGroupAndItsCommandsIsInTheDefaultChinese() {
		assertEquals(ExitCodes.OK, run("integrity", "--help"), err.toString());
		String help = out.toString();
		assertTrue(help.contains("廉政档案：台账导入导出、廉情报告、风险措施复核提醒"), help);
		assertTrue(help.contains("列出到期待复核的风险防控措施"), help);
		assertTrue(help.contains("廉情报告：DOCX/PDF 出具并编号"), help);
	}

	@Test
	void reviewRecordsAReviewAndMovesTheReviewDate() {
		LedgerKind kind = Osgi.service(LedgerService.class).kind("integrity.risk-measures").orElseThrow();
		kind.importTable(new LedgerTable("risk.csv", kind.columns(), List.of(new LedgerRow(2, Map.of("recordNo",
				"FX-001", "post", "立案审查岗", "riskPoint", "违规立案", "level", "中", "measure", "双人审核", "owner",
				"立案庭庭长", "effectiveDate", LocalDate.now().minusYears(1).toString(), "reviewDate",
				LocalDate.now().minusDays(3).toString())))), Court.ADMIN);
		LocalDate next = LocalDate.now().plusYears(1);

		assertEquals(ExitCodes.REJECTED, run("integrity", "review", "FX-001", "--next", "明年"));
		assertTrue(err.toString().contains("--next"), err.toString());
		assertEquals(ExitCodes.OK, run("integrity", "review", "FX-001", "--next", next.toString(), "--note", "有效"),
				err.toString());

		assertTrue(out.toString().contains("FX-001 已于 " + LocalDate.now() + " 复核；下次复核 " + next), out.toString());
		RiskListService riskList = Osgi.service(RiskListService.class);
		assertEquals(next, riskList.measures(Court.ADMIN).get(0).reviewDate());
		assertEquals("有效", riskList.reviews("FX-001", Court.ADMIN).get(0).note());
	}

	private int run(String... args) {
		return new DuchaCli(new ByteArrayInputStream(new byte[0]), CliLogin.administrator()).run(args,
				new PrintWriter(out), new PrintWriter(err));
	}
}
