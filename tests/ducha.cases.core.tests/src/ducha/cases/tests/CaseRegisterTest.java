package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseFamily;
import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.CaseStatus;
import ducha.cases.PageKey;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.Role;

class CaseRegisterTest {

	@TempDir
	Path dir;

	private CaseRegister register;

	@BeforeEach
	void cleanCourt() {
		Osgi.resetCourt();
		register = Osgi.service(CaseRegister.class);
	}

	@Test
	void aNewerExportUpdatesCasesByNumberAndNeverDuplicatesThem() throws Exception {
		Path first = new CaseFiles().open("民初", 1, "20001", "民事审判第一庭", "简易", 10)
				.open("民初", 2, "20002", "MS1", "普通", 20).open("刑初", 3, "20003", "刑事审判庭", null, 30)
				.write(dir, "2024-03.csv");
		LedgerImportResult imported = register.importFile(first, Osgi.ADMIN, null);
		assertEquals(3, imported.rows());
		assertEquals(3, imported.inserted());
		assertEquals(0, imported.updated());

		// the same case 1, now closed and written with ASCII brackets, plus a new case 4
		LocalDate filed = LocalDate.now().minusDays(10);
		String ascii = "(" + filed.getYear() + ")川0724民初1号";
		Path newer = new CaseFiles().line(ascii, "民间借贷纠纷", "20001", "民事审判第一庭", filed.toString(), "简易",
				LocalDate.now().toString(), "调解", "结案").open("民初", 4, "20002", "MS1", "普通", 5)
				.write(dir, "2024-04.csv");
		LedgerImportResult again = register.importFile(newer, Osgi.ADMIN, null);
		assertEquals(1, again.inserted());
		assertEquals(1, again.updated());

		assertEquals(4, register.count(CaseQuery.ALL, Osgi.ADMIN));
		CaseRecord updated = register.find(ascii, Osgi.ADMIN).orElseThrow();
		assertEquals(CaseStatus.CLOSED, updated.status());
		assertEquals("调解", updated.closingMethod());
		assertEquals(LocalDate.now(), updated.closedDate());
	}

	@Test
	void aGbkFileFromExcelIsReadLikeUtf8() throws Exception {
		Path gbk = new CaseFiles().open("民初", 7, "20001", "民事审判第一庭", "简易", 3).write(dir, "gbk.csv",
				Charset.forName("GBK"));
		assertEquals(1, register.importFile(gbk, Osgi.ADMIN, null).inserted());
		assertEquals("MS1", register.page(CaseQuery.ALL, null, 10, Osgi.ADMIN).rows().get(0).departmentCode());
	}

	@Test
	void aFileWithBadRowsIsRejectedWholeNamingFileRowAndColumn() throws Exception {
		register.importFile(new CaseFiles().open("民初", 1, "20001", "MS1", "简易", 10).write(dir, "ok.csv"), Osgi.ADMIN,
				null);
		int year = LocalDate.now().getYear();
		Path bad = new CaseFiles().open("民初", 2, "20001", "MS1", "简易", 5) // row 2: fine, but must not be stored
				.line(CaseFiles.number(year, "民初", 3), "借款纠纷", "29999", "MS1", year + "-01-01", "", "", "", "在审")
				.line(CaseFiles.number(year, "民初", 4), "借款纠纷", "20001", "MS1", year + "-13-45", "", "", "", "在审")
				.line("（" + year + "）川0724民X5号", "借款纠纷", "20001", "MS1", year + "-01-01", "", "", "", "在审")
				.line(CaseFiles.number(year, "民初", 6), "借款纠纷", "20001", "不存在的庭", year + "-01-01", "", "", "", "在审")
				.line(CaseFiles.number(year, "民初", 7), "借款纠纷", "20001", "MS1", year + "-01-01", "", "", "", "已结")
				.open("民初", 2, "20002", "MS1", "普通", 5) // row 8: the number of row 2 again
				.write(dir, "bad.csv");
		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> register.importFile(bad, Osgi.ADMIN, null));
		List<String> problems = e.ledgerProblems().stream().map(LedgerProblem::toString).toList();
		assertHas(problems, "bad.csv:3:承办人工号: 干警名册中没有工号为“29999”的干警");
		assertHas(problems, "bad.csv:4:立案日期: 日期“" + year + "-13-45”无法识别");
		assertHas(problems, "bad.csv:5:案号: ");
		assertHas(problems, "案件类型代字“民X”未知");
		assertHas(problems, "bad.csv:6:承办部门: 没有名称或编码为“不存在的庭”的部门");
		assertHas(problems, "bad.csv:7:结案日期: 状态为已结，但没有结案日期");
		assertHas(problems, "bad.csv:8:案号: ");
		assertHas(problems, "与第 2 行重复");
		assertEquals(6, problems.size(), String.join("\n", problems));
		assertEquals(1, register.count(CaseQuery.ALL, Osgi.ADMIN), "nothing of the rejected file was stored");
	}

	@Test
	void aLedgerWithCasesOfEveryKindOfTheTableImportsAndKeepsTypeAndFamily() throws Exception {
		Map<String, CaseFamily> kinds = new LinkedHashMap<>();
		kinds.put("民诉前调", CaseFamily.CIVIL);
		kinds.put("司救民", CaseFamily.COMPENSATION);
		kinds.put("刑医", CaseFamily.CRIMINAL);
		kinds.put("证保", CaseFamily.PRESERVATION);
		kinds.put("行保", CaseFamily.PRESERVATION);
		kinds.put("认台", CaseFamily.INTERREGIONAL);
		kinds.put("委赔", CaseFamily.COMPENSATION);
		kinds.put("协外送", CaseFamily.INTERNATIONAL);
		kinds.put("强清", CaseFamily.BANKRUPTCY);
		kinds.put("民初", CaseFamily.CIVIL);
		CaseFiles files = new CaseFiles();
		kinds.keySet().forEach(type -> files.open(type, 801, "20001", "MS1", null, 10));
		LedgerImportResult imported = register.importFile(files.write(dir, "ten-years.csv"), Osgi.ADMIN, null);
		assertEquals(kinds.size(), imported.inserted());

		int year = LocalDate.now().minusDays(10).getYear();
		kinds.forEach((type, family) -> {
			CaseRecord stored = register.find(CaseFiles.number(year, type, 801), Osgi.ADMIN).orElseThrow();
			assertEquals(type, stored.number().type());
			assertEquals(family, stored.number().family().orElseThrow(), type);
		});
		Map<String, String> columns = new HashMap<>();
		try (Connection c = Osgi.service(DataSource.class).getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select case_type, case_family from case_register")) {
			while (rs.next()) {
				columns.put(rs.getString(1), rs.getString(2));
			}
		}
		kinds.forEach((type, family) -> assertEquals(family.name(), columns.get(type), "stored family of " + type));

		Path unknown = new CaseFiles().open("司赔", 1, "20001", "MS1", null, 10).write(dir, "unknown.csv");
		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> register.importFile(unknown, Osgi.ADMIN, null));
		List<String> problems = e.ledgerProblems().stream().map(LedgerProblem::toString).toList();
		assertHas(problems, "unknown.csv:2:案号: ");
		assertHas(problems, "案件类型代字“司赔”未知，最接近的已知代字是“");
	}

	@Test
	void keysetPagesWalkTheRegisterNewestFirstWithoutGapsOrRepeats() throws Exception {
		CaseFiles files = new CaseFiles();
		for (int i = 1; i <= 25; i++) {
			// two cases per filing day, so pages must break ties by case number
			files.open("民初", i, "20001", "MS1", "普通", 40 - i / 2);
		}
		register.importFile(files.write(dir, "25.csv"), Osgi.ADMIN, null);
		List<CaseRecord> seen = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		PageKey key = null;
		do {
			CasePage<CaseRecord> page = register.page(CaseQuery.ALL, key, 10, Osgi.ADMIN);
			sizes.add(page.rows().size());
			seen.addAll(page.rows());
			key = page.next();
		} while (key != null);
		assertEquals(List.of(10, 10, 5), sizes);
		Set<String> numbers = new HashSet<>();
		seen.forEach(r -> numbers.add(r.number().text()));
		assertEquals(25, numbers.size());
		for (int i = 1; i < seen.size(); i++) {
			assertTrue(!seen.get(i).filingDate().isAfter(seen.get(i - 1).filingDate()), "newest first");
		}
	}

	@Test
	void aDepartmentScopedReaderSeesOnlyTheCasesOfItsDepartments() throws Exception {
		register.importFile(new CaseFiles().open("民初", 1, "20001", "MS1", "简易", 10)
				.open("刑初", 2, "20003", "XST", null, 10).write(dir, "two.csv"), Osgi.ADMIN, null);
		var head = Osgi.user(Role.DEPARTMENT_HEAD, "XST");
		assertEquals(1, register.count(CaseQuery.ALL, head));
		CasePage<CaseRecord> page = register.page(CaseQuery.ALL, null, 10, head);
		assertEquals("XST", page.rows().get(0).departmentCode());
		assertNull(page.next());
		assertTrue(register.find(CaseFiles.number(LocalDate.now().minusDays(10).getYear(), "民初", 1), head).isEmpty());
	}

	private static void assertHas(List<String> problems, String expected) {
		assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
				"expected a problem containing \"" + expected + "\" in:\n" + String.join("\n", problems));
	}
}
