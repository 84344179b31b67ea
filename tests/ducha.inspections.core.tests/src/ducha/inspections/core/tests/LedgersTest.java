package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionService;

/** The four ledgers: a court imports its past year; a file with a bad row is rejected whole, naming file:row:column. */
class LedgersTest {

	private static final String INSPECTIONS = """
			督察编号,督察时间,督察类型,督察方式,督察来源,督察内容,被督察部门,被督察人员工号,督察人员,督察情况,销号日期
			DC2024-001,2024-03-05 09:30,例行督察,明察,现场,作风纪律,立案庭,30001,张督,检查考勤,2024-03-30
			DC2024-002,2024/6/18,专项督察,暗访,庭审直播,专项主题,"LAF、ZXJ",,,,2024-07-01
			""";
	private static final String FINDINGS = """
			问题编号,督察编号,责任部门,责任人工号,问题描述,整改要求,整改期限,整改完成日期,整改情况,核实销号日期,核实人
			DC2024-001-1,DC2024-001,立案庭,30001,上班时间脱岗,严格考勤,2024-03-20,2024-03-18,已整改,2024-03-25,张督
			DC2024-002-1,DC2024-002,ZXJ,,庭审直播中书记员记录不规范,加强培训,2024-06-30,2024-06-25,,2024-06-28,张督
			""";

	/** The header with the column 督察人员工号. */
	private static final String WITH_INSPECTORS = "督察编号,督察时间,督察类型,督察方式,督察来源,督察内容,被督察部门,被督察人员工号,督察人员,"
			+ "督察人员工号,督察情况,销号日期\n";

	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@TempDir
	Path folder;

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void aPastYearOfInspectionsFindingsPlansAndBulletinsIsImportedAndExportedAgain() throws Exception {
		assertEquals(2, importFile("inspections.inspections", "inspections.csv", INSPECTIONS).inserted());
		assertEquals(2, importFile("inspections.findings", "findings.csv", FINDINGS).inserted());
		assertEquals(2, importFile("inspections.plans", "plans.csv", """
				计划编号,月份,督察类型,督察内容,专项主题,承办人,完成期限,督察编号
				2024-R03,2024-03,例行督察,作风纪律,,张督,2024-03-31,DC2024-001
				2024-S2,2024-04,专项督察,专项主题,庭审规范,行政综合督察组,2024-06-30,DC2024-002
				""").inserted());
		assertEquals(1, importFile("inspections.bulletins", "bulletins.csv", """
				期号,通报标题,印发日期,通报问题编号
				2024年第3期,关于上半年日常督察情况的通报,2024-07-05,DC2024-001-1、DC2024-002-1
				""").inserted());

		assertEquals(List.of("DC2024-002", "2024-06-18 09:00", "专项督察", "暗访", "庭审直播", "专项主题", "立案庭、执行局", "", "",
				"", "", "2024-07-01"), rows("inspections.inspections", Court.OFFICE).get(1));
		assertEquals(List.of("DC2024-001-1", "DC2024-001", "立案庭", "30001", "上班时间脱岗", "严格考勤", "2024-03-20",
				"2024-03-18", "已整改", "2024-03-25", "张督"), rows("inspections.findings", Court.HEAD_LAF).get(0));
		assertEquals(1, rows("inspections.findings", Court.HEAD_LAF).size(), "a head exports their department's");
		assertEquals(List.of(List.of("2024年第3期", "关于上半年日常督察情况的通报", "2024-07-05", "DC2024-001-1、DC2024-002-1")),
				rows("inspections.bulletins", Court.LEADER));
		assertEquals(List.of("2024-S2", "2024-04", "专项督察", "专项主题", "庭审规范", "行政综合督察组", "2024-06-30", "DC2024-002"),
				rows("inspections.plans", Court.OFFICE).get(1));
		assertThrows(AccessDeniedException.class, () -> rows("inspections.plans", Court.HEAD_LAF));
	}

	@Test
	void badInspectionRowsAreNamedByFileRowAndColumnAndNothingIsStored() throws Exception {
		LedgerValidationException rejected = rejected("inspections.inspections", "bad.csv", """
				督察编号,督察时间,督察类型,督察方式,督察来源,督察内容,被督察部门,被督察人员工号,督察人员,督察情况,销号日期
				DC2024-001,2024-03-05 09:30,例行督察,明察,现场,作风纪律,立案庭,30001,,,
				DC2024-002,2024-03-05 25:00,巡查,明察,微信,作风纪律,审委会,99999,,,
				DC2024-001,2999-01-01,例行督察,暗访,现场,纪律,立案庭,,,,
				DC2024-004,2024-03-05,例行督察,明察,视频监控,作风纪律,ZXJ,,,,2024-03-01
				""");
		assertEquals(List.of("bad.csv:3:督察时间", "bad.csv:3:督察类型", "bad.csv:3:督察来源", "bad.csv:3:被督察部门",
				"bad.csv:3:被督察人员工号", "bad.csv:4:督察编号", "bad.csv:4:督察时间", "bad.csv:4:督察内容", "bad.csv:5:销号日期"),
				located(rejected));
		assertEquals(List.of(), rows("inspections.inspections", Court.OFFICE));
	}

	@Test
	void badFindingAndBulletinRowsAreRejectedAndNothingIsStored() throws Exception {
		importFile("inspections.inspections", "inspections.csv", INSPECTIONS);
		LedgerValidationException findings = rejected("inspections.findings", "findings.csv", """
				问题编号,督察编号,责任部门,责任人工号,问题描述,整改要求,整改期限,整改完成日期,整改情况,核实销号日期,核实人
				DC2024-001-1,DC2024-001,立案庭,30001,上班时间脱岗,严格考勤,2024-03-20,2024-03-18,已整改,2024-03-25,张督
				DC2024-009-1,DC2024-009,立案庭,88888,,,2024-03-20,2024-03-01,,2024-02-01,
				""");
		assertEquals(List.of("findings.csv:3:责任人工号", "findings.csv:3:问题描述", "findings.csv:3:核实销号日期"),
				located(findings));
		assertEquals(List.of(), rows("inspections.findings", Court.OFFICE));

		LedgerValidationException unknown = rejected("inspections.findings", "findings2.csv", """
				问题编号,督察编号,责任部门,责任人工号,问题描述,整改要求,整改期限,整改完成日期,整改情况,核实销号日期,核实人
				DC2024-009-1,DC2024-009,立案庭,,脱岗,,2024-03-20,,,,
				""");
		assertEquals(List.of("findings2.csv:2:督察编号"), located(unknown));

		LedgerValidationException bulletins = rejected("inspections.bulletins", "bulletins.csv", """
				期号,通报标题,印发日期,通报问题编号
				2024年3期,通报,2024-07-05,DC2024-001-1
				2999年第1期,通报,2024-07-05,DC2024-001-1
				""");
		assertEquals(List.of("bulletins.csv:2:期号", "bulletins.csv:3:期号", "bulletins.csv:3:印发日期"),
				located(bulletins));
		assertThrows(AccessDeniedException.class, () -> ledgers.importFile("inspections.inspections",
				folder.resolve("inspections.csv"), Court.HEAD_LAF));
	}

	@Test
	void theInspectorsByStaffNumberRoundTripAndAnOldRecordKeepsItsFreeText() throws Exception {
		importFile("inspections.inspections", "inspectors.csv", WITH_INSPECTORS
				+ "DC2024-001,2024-03-05 09:30,例行督察,明察,现场,作风纪律,立案庭,30001,,\"30010、30009\",检查考勤,\n"
				+ "DC2024-002,2024-04-05 09:30,例行督察,明察,现场,作风纪律,立案庭,,张督、李察,,,\n");

		InspectionService inspections = Osgi.service(InspectionService.class);
		assertEquals(List.of(Court.LIU, Court.CHEN), inspections.inspection("DC2024-001", Court.OFFICE).inspectorNos());
		Inspection old = inspections.inspection("DC2024-002", Court.OFFICE);
		assertEquals(List.of(), old.inspectorNos());
		assertEquals("张督、李察", old.inspectorNames(no -> "?"), "no 工号: the free text is shown");
		List<List<String>> rows = rows("inspections.inspections", Court.OFFICE);
		assertEquals(List.of("", "30010、30009"), rows.get(0).subList(8, 10));
		assertEquals(List.of("张督、李察", ""), rows.get(1).subList(8, 10));
	}

	@Test
	void anUnknownInspectorIsNamedByRowAndColumnAndNothingIsStored() throws Exception {
		LedgerValidationException rejected = rejected("inspections.inspections", "inspectors.csv", WITH_INSPECTORS
				+ "DC2024-001,2024-03-05 09:30,例行督察,明察,现场,作风纪律,立案庭,,,30010,,\n"
				+ "DC2024-002,2024-04-05 09:30,例行督察,明察,现场,作风纪律,立案庭,,,\"30009,88888\",,\n");
		assertEquals(List.of("inspectors.csv:3:督察人员工号"), located(rejected));
		assertTrue(rejected.ledgerProblems().get(0).reason().contains("88888"));
		assertEquals(List.of(), rows("inspections.inspections", Court.OFFICE));
	}

	private LedgerImportResult importFile(String kind, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return ledgers.importFile(kind, file, Court.ADMIN);
	}

	private LedgerValidationException rejected(String kind, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return assertThrows(LedgerValidationException.class, () -> ledgers.importFile(kind, file, Court.ADMIN));
	}

	private List<List<String>> rows(String kind, Principal reader) {
		return ledgers.kind(kind).orElseThrow().exportRows(reader);
	}

	private static List<String> located(LedgerValidationException rejected) {
		return rejected.ledgerProblems().stream().map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList();
	}
}
