package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.ledger.LedgerService;
import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionService;
import ducha.integrity.DispositionType;

/** Every integrity.* key of REPORT-METRICS.md, counted over 2024 with records on both sides of its edges. */
class ReportCountingTest {

	private static final Period YEAR_2024 = Period.year(2024);

	@TempDir
	Path folder;

	private final DispositionService dispositions = Osgi.service(DispositionService.class);
	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
	}

	@Test
	void theSectionReportsExactlyTheContractsKeysInOrder() {
		assertEquals(List.of("integrity.talks_criticism", "integrity.written_self_examinations",
				"integrity.ordered_to_resign", "integrity.risk_measures", "integrity.rules", "integrity.books",
				"integrity.book_recommendations"), figures(YEAR_2024).keySet().stream().toList());
		assertEquals("integrity", section().section());
	}

	@Test
	void dispositionFiguresCountDistinctStaffWithinThePeriodOnly() {
		dispose(Court.LI, DispositionType.TALK_REMINDER, "2024-01-01");
		dispose(Court.LI, DispositionType.CRITICISM_EDUCATION, "2024-05-01"); // same person: counted once
		dispose(Court.WANG, DispositionType.CRITICISM_EDUCATION, "2024-12-31");
		dispose(Court.ZHAO, DispositionType.TALK_REMINDER, "2023-12-31"); // before the period
		dispose(Court.ZHAO, DispositionType.WRITTEN_SELF_EXAMINATION, "2024-08-08");
		dispose(Court.WANG, DispositionType.WRITTEN_SELF_EXAMINATION, "2025-01-01"); // after the period
		dispose(Court.ZHAO, DispositionType.ORDERED_TO_RESIGN, "2024-10-10");
		dispose(Court.LI, DispositionType.ADMONITION, "2024-10-10"); // no key of its own

		Map<String, Long> figures = figures(YEAR_2024);
		assertEquals(2, figures.get("integrity.talks_criticism"));
		assertEquals(1, figures.get("integrity.written_self_examinations"));
		assertEquals(1, figures.get("integrity.ordered_to_resign"));
		assertEquals(1, figures(Period.year(2023)).get("integrity.talks_criticism"));
	}

	@Test
	void listFiguresCountWhatIsInForceOnThePeriodsLastDay() throws Exception {
		importCsv("risk-measures", """
				编号,岗位,风险点,风险等级,防控措施,责任人,生效日期,复核日期,停用日期
				FX-001,立案登记岗,选择性立案,高,双人复核,立案庭庭长,2023-01-01,2025-06-01,
				FX-002,执行款管理岗,截留执行款,高,一案一账号,执行局副局长,2024-12-31,2025-06-01,
				FX-003,财务岗,违规报销,中,双审批,办公室主任,2022-01-01,2025-06-01,2025-01-01
				FX-004,财务岗,违规报销,中,单人审批,办公室主任,2022-01-01,2023-06-01,2024-12-31
				FX-005,采购岗,围标串标,高,进场交易,办公室主任,2025-01-01,2025-06-01,
				""");
		importCsv("rules", """
				编号,标题,发布单位,施行日期,废止日期
				GZ-01,离岗离职人员廉政谈话制度,院党组,2020-01-01,
				GZ-02,八小时以外行为规范,院党组,2024-12-31,
				GZ-03,旧公车管理规定,院党组,2019-01-01,2024-06-30
				GZ-04,新公车管理规定,院党组,2025-01-01,
				""");
		importCsv("books", """
				书号,书名,入库日期,下架日期
				QF-001,中国共产党纪律处分条例,2023-05-01,
				QF-002,苏东坡传,2024-12-31,
				QF-003,曾国藩家书,2022-01-01,2024-03-01
				QF-004,傅雷家书,2022-01-01,2025-02-01
				""");
		importCsv("recommendations", """
				编号,书名,推荐日期,推荐渠道
				TJ-01,苏东坡传,2023-12-31,微信公众号
				TJ-02,曾国藩家书,2024-01-01,微信公众号
				TJ-03,邹碧华,2024-12-31,院内网
				""");

		Map<String, Long> figures = figures(YEAR_2024);
		assertEquals(3, figures.get("integrity.risk_measures"), "FX-001, FX-002 and FX-003 (retired only in 2025)");
		assertEquals(2, figures.get("integrity.rules"));
		assertEquals(3, figures.get("integrity.books"), "QF-001, QF-002 and QF-004 (removed only in 2025)");
		assertEquals(2, figures.get("integrity.book_recommendations"));
		assertEquals(3, figures(Period.year(2023)).get("integrity.risk_measures"), "FX-001, FX-003 and FX-004");
	}

	private void dispose(String staffNo, DispositionType type, String date) {
		dispositions.record(new Disposition(0, null, staffNo, type, LocalDate.parse(date), "依据", "院党组", null),
				Court.ADMIN);
	}

	private void importCsv(String kind, String text) throws Exception {
		Path file = folder.resolve(kind + ".csv");
		Files.writeString(file, text);
		ledgers.importFile("integrity." + kind, file, Court.ADMIN);
	}

	/** The integrity section (other plugins may register sections of their own). */
	private static ReportSection section() {
		Osgi.service(ReportSection.class);
		try {
			var context = Osgi.context();
			return context.getServiceReferences(ReportSection.class, null).stream().map(context::getService)
					.filter(s -> "integrity".equals(s.section())).findFirst().orElseThrow();
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, Long> figures(Period period) {
		Map<String, Long> figures = new LinkedHashMap<>();
		for (ReportFigure figure : section().figures(period)) {
			figures.put(figure.key(), figure.value());
		}
		return figures;
	}
}
