package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;

class LedgerRoundTripTest {

	@TempDir
	Path folder;

	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
	}

	@Test
	void talksWithAnEscalationSurviveExportAndImport() throws Exception {
		roundTrip("talks", """
				编号,工号,约谈层级,约谈日期,谈话人,约谈事由,谈话内容,后续要求,升级自
				YT2024-002,20001,重点谈,2024-03-20,分管副院长,提醒谈后未整改,,,YT2024-001
				YT2024-001,20001,部门负责人提醒谈,2024-03-01,民一庭庭长,审限内未结案件较多,指出问题,一个月内回访,
				YT2024-003,20003,提醒谈,2024/5/6,刑庭庭长,庭审迟到,,,
				""", 3);
	}

	@Test
	void theTalkersStaffNumberSurvivesExportAndImportAndAnEmptyTalkerIsTheirName() throws Exception {
		roundTrip("talks", """
				编号,工号,约谈层级,约谈日期,谈话人,谈话人工号,约谈事由,谈话内容,后续要求,升级自
				YT2024-001,20001,提醒谈,2024-03-01,民一庭庭长,20002,审限内未结案件较多,,,
				YT2024-002,20001,重点谈,2024-03-20,,20003,提醒谈后未整改,,,YT2024-001
				YT2024-003,20003,提醒谈,2024-05-06,刑庭庭长 某某,,庭审迟到,,,
				""", 3);
		List<List<String>> rows = kind("talks").exportRows(Court.ADMIN);
		int heldBy = kind("talks").columns().stream().map(c -> c.header()).toList().indexOf("谈话人");
		assertEquals(List.of(List.of("民一庭庭长", "20002"), List.of("赵强", "20003"), List.of("刑庭庭长 某某", "")),
				rows.stream().map(r -> r.subList(heldBy, heldBy + 2)).toList(),
				"谈话人工号 follows 谈话人; a talk without one (as before it was kept) exports it empty");
	}

	@Test
	void anUnknownTalkerOrATalkWithoutAnyRejectsTheFileNamingRowAndColumn() throws Exception {
		Path file = folder.resolve("talks.csv");
		Files.writeString(file, """
				编号,工号,约谈层级,约谈日期,谈话人,谈话人工号,约谈事由
				YT-1,20001,提醒谈,2024-03-01,庭长,20002,迟到
				YT-2,20001,提醒谈,2024-03-02,庭长,99999,迟到
				YT-3,20001,提醒谈,2024-03-03,,,迟到
				""");
		LedgerValidationException rejected = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("integrity.talks", file, Court.ADMIN));

		assertEquals(List.of("talks.csv:3:谈话人工号: 干警名册中没有工号为“99999”的干警",
				"talks.csv:4:谈话人: 请填写谈话人，或填写谈话人工号以取其姓名"),
				rejected.ledgerProblems().stream().map(LedgerProblem::toString).toList());
		assertEquals(List.of(), kind("talks").exportRows(Court.ADMIN), "nothing of the rejected file is stored");
	}

	@Test
	void dispositionsSurviveExportAndImport() throws Exception {
		roundTrip("dispositions", """
				编号,工号,处理方式,处理日期,处理依据,决定机关,备注
				CL2024-001,20001,谈话提醒,2024-04-10,上班时间脱岗,政治部,
				CL2024-002,20002,责令书面检查,2024年6月1日,违规使用公车,院党组,已提交检查
				""", 2);
	}

	@Test
	void theRiskListSurvivesExportAndImport() throws Exception {
		roundTrip("risk-measures", """
				编号,部门,岗位,风险点,风险等级,防控措施,责任人,生效日期,复核日期,停用日期,状态
				FX-001,民事审判第一庭,民事审判岗,违规调解,中,调解协议合法性审查,民一庭庭长,2024-01-01,2024-07-01,,有效
				FX-002,XST,刑事审判岗,量刑不规范,高,量刑规范化审查,刑庭庭长,2023-01-01,2023-07-01,2024-01-01,已停用
				FX-003,,司法警察押解岗,通风报信,中风险,双人押解,法警大队长,2024-01-01,2024-12-01,,
				""", 3);
	}

	@Test
	void rulesBooksAndRecommendationsSurviveExportAndImport() throws Exception {
		roundTrip("rules", """
				编号,标题,发布单位,施行日期,复核周期（月）,废止日期,状态,正文
				GZ-01,离岗离职人员廉政谈话制度,院党组,2023-06-01,12,,现行有效,"第一条　为……
				第二条　……"
				GZ-02,旧公车管理规定,院党组,2019-01-01,,2024-06-30,已废止,
				""", 2);
		roundTrip("books", """
				书号,书名,作者,出版社,分类,入库日期,下架日期
				QF-001,苏东坡传,林语堂,湖南文艺出版社,廉政文化,2024-03-01,
				QF-002,曾国藩家书,曾国藩,中华书局,家风家教,2022-01-01,2024-03-01
				""", 2);
		roundTrip("recommendations", """
				编号,书名,推荐日期,推荐渠道,推荐人,推荐语
				TJ2024-01,苏东坡传,2024-04-23,微信公众号,政治部,读东坡，品清风
				""", 1);
	}

	@Test
	void educationActivitiesWithTheirParticipantsSurviveExportAndImport() throws Exception {
		roundTrip("activities", """
				编号,活动名称,活动类型,活动日期,活动内容,参加人员工号
				HD2024-01,“清风传家”家庭助廉座谈会,家庭助廉,2024-05-20,邀请干警家属座谈,20001、20002
				HD2024-02,警示教育基地参观,警示教育,2024/6/18,,"20003, 20001；20002"
				HD2024-03,廉政党课,主题活动,2024-07-01,院长讲廉政党课,
				""", 3);
		List<List<String>> rows = kind("activities").exportRows(Court.ADMIN);
		assertEquals("20001、20002、20003", rows.get(1).get(5));
		assertEquals("", rows.get(2).get(5));
	}

	@Test
	void quarterlyIdeologicalAnalysesSurviveExportAndImportKeyedByDepartmentAndQuarter() throws Exception {
		roundTrip("analyses", """
				部门,年度,季度,分析日期,思想动态,工作措施
				民事审判第一庭,2024,1,2024-03-28,干警思想总体稳定，个别干警办案压力较大,开展谈心谈话
				XST,2024,第二季度,2024-06-27,青年干警对职级晋升关注较多,组织职业规划座谈
				MS1,2024,Q2,2024-06-26,思想稳定,
				""", 3);
		Path again = folder.resolve("analyses-update.csv");
		Files.writeString(again, """
				部门,年度,季度,分析日期,思想动态,工作措施
				MS1,2024,一季度,2024-03-29,干警思想总体稳定,开展谈心谈话并合理分案
				""");
		LedgerImportResult updated = ledgers.importFile("integrity.analyses", again, Court.ADMIN);
		assertEquals(0, updated.inserted());
		assertEquals(1, updated.updated());
		assertEquals(List.of("民事审判第一庭", "2024", "1", "2024-03-29", "干警思想总体稳定", "开展谈心谈话并合理分案"),
				kind("analyses").exportRows(Court.ADMIN).get(0));
	}

	@Test
	void badActivityAndAnalysisRowsAreRejectedByFileRowAndColumn() throws Exception {
		Path activities = folder.resolve("activities.csv");
		Files.writeString(activities, """
				编号,活动名称,活动类型,活动日期,活动内容,参加人员工号
				HD-1,读书会,主题活动,2024-05-20,,20001、99999
				HD-2,,主题活动,2999-01-01,,
				""");
		LedgerValidationException rejected = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("integrity.activities", activities, Court.ADMIN));
		assertEquals(List.of("activities.csv:2:参加人员工号", "activities.csv:3:活动名称", "activities.csv:3:活动日期"),
				located(rejected));
		assertEquals("activities.csv:2:参加人员工号: 干警名册中没有工号“99999”", rejected.ledgerProblems().get(0).toString());

		Path analyses = folder.resolve("analyses.csv");
		Files.writeString(analyses, """
				部门,年度,季度,分析日期,思想动态,工作措施
				民事审判第一庭,2024,1,2024-03-28,稳定,
				MS1,2024,一季度,2024-03-28,稳定,
				政治部,2024,5,2024-03-28,稳定,
				""");
		rejected = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("integrity.analyses", analyses, Court.ADMIN));
		assertEquals(List.of("analyses.csv:3:季度", "analyses.csv:4:部门", "analyses.csv:4:季度"), located(rejected));
		assertEquals(List.of(), kind("activities").exportRows(Court.ADMIN));
		assertEquals(List.of(), kind("analyses").exportRows(Court.ADMIN));
	}

	private static List<String> located(LedgerValidationException rejected) {
		return rejected.ledgerProblems().stream().map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList();
	}

	@Test
	void aBadRowRejectsTheWholeFileNamingFileRowAndColumn() throws Exception {
		Path file = folder.resolve("talks.csv");
		Files.writeString(file, """
				编号,工号,约谈层级,约谈日期,谈话人,约谈事由,升级自
				YT-1,20001,提醒谈,2024-03-01,庭长,迟到,
				YT-2,99999,提醒谈,2024-13-01,庭长,迟到,
				YT-3,20001,问责谈,2024-03-05,院长,迟到,YT-1
				YT-1,20002,谈心谈,2024-03-05,庭长,,
				""");
		LedgerValidationException rejected = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("integrity.talks", file, Court.ADMIN));

		List<String> located = rejected.ledgerProblems().stream()
				.map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList();
		// every kind lists its problems in row order, checks across rows included
		assertEquals(List.of("talks.csv:3:工号", "talks.csv:3:约谈日期", "talks.csv:4:升级自", "talks.csv:5:编号",
				"talks.csv:5:约谈层级", "talks.csv:5:约谈事由"), located);
		LedgerProblem escalation = rejected.ledgerProblems().get(2);
		assertEquals("talks.csv:4:升级自: 约谈“YT-1”是部门负责人提醒谈，升级后应为分管领导重点谈", escalation.toString());
		assertEquals(List.of(), kind("talks").exportRows(Court.ADMIN), "nothing of the rejected file is stored");
	}

	@Test
	void aTalkEscalatedTwiceInTheFileOrOverAStoredEscalationRejectsTheFile() throws Exception {
		roundTrip("talks", """
				编号,工号,约谈层级,约谈日期,谈话人,约谈事由,升级自
				YT2024-001,20001,提醒谈,2024-03-01,庭长,迟到,
				YT2024-002,20001,重点谈,2024-03-20,副院长,未整改,YT2024-001
				""", 2);
		Path file = folder.resolve("twice.csv");
		Files.writeString(file, """
				编号,工号,约谈层级,约谈日期,谈话人,约谈事由,升级自
				YT2024-005,20003,提醒谈,2024-04-01,庭长,迟到,
				YT2024-006,20003,重点谈,2024-04-20,副院长,未整改,YT2024-005
				YT2024-007,20003,重点谈,2024-04-21,副院长,未整改,YT2024-005
				YT2024-008,20001,重点谈,2024-04-22,副院长,未整改,YT2024-001
				""");
		LedgerValidationException rejected = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("integrity.talks", file, Court.ADMIN));

		assertEquals(List.of("twice.csv:4:升级自: 约谈“YT2024-005”已由约谈“YT2024-006”升级，一次约谈只能升级一次",
				"twice.csv:5:升级自: 约谈“YT2024-001”已由约谈“YT2024-002”升级，一次约谈只能升级一次"),
				rejected.ledgerProblems().stream().map(LedgerProblem::toString).toList());
		assertEquals(2, kind("talks").exportRows(Court.ADMIN).size(), "nothing of the rejected file is stored");
	}

	/** Import, export to a new file, import that file again: same records, all updated, none added. */
	private void roundTrip(String kind, String csv, int rows) throws Exception {
		Path first = folder.resolve(kind + ".csv");
		Files.writeString(first, csv);
		LedgerImportResult imported = ledgers.importFile("integrity." + kind, first, Court.ADMIN);
		assertEquals(rows, imported.inserted());
		List<List<String>> stored = kind(kind).exportRows(Court.ADMIN);
		assertEquals(rows, stored.size());

		Path exported = folder.resolve(kind + "-export.xlsx");
		assertEquals(rows, ledgers.exportFile("integrity." + kind, exported, Court.ADMIN));
		LedgerImportResult again = ledgers.importFile("integrity." + kind, exported, Court.ADMIN);
		assertEquals(0, again.inserted());
		assertEquals(rows, again.updated());
		assertEquals(stored, kind(kind).exportRows(Court.ADMIN));
	}

	private LedgerKind kind(String kind) {
		return ledgers.kind("integrity." + kind).orElseThrow();
	}
}
