package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseRegister;
import ducha.cases.CasesTargets;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;

/** The quick-find's cases: by part of the 案号 and by the 承办人's name, within the viewer's departments. */
class CaseFinderTest {

	@TempDir
	Path dir;

	private RecordFinder finder;
	private final int year = LocalDate.now().getYear();

	@BeforeEach
	void threeCases() throws Exception {
		Osgi.resetCourt();
		Osgi.service(CaseRegister.class).importFile(new CaseFiles().open("民初", 123, "20001", "MS1", "简易", 10)
				.open("民初", 456, "20002", "MS1", "普通", 20).open("刑初", 123, "20003", "XST", "普通", 30)
				.write(dir, "cases.csv"), Osgi.ADMIN, null);
		finder = Osgi.service(RecordFinder.class, f -> f.getClass().getSimpleName().equals("CaseFinder"));
	}

	@Test
	void aCaseIsFoundByPartOfItsNumberInAnySpellingOfTheBrackets() {
		List<FoundRecord> hits = finder.find("(" + year + ")川0724民初123", Osgi.ADMIN, 20);
		assertEquals(List.of(CaseFiles.number(year, "民初", 123)), titles(hits));
		FoundRecord hit = hits.get(0);
		assertEquals(CasesTargets.REGISTER, hit.target());
		assertEquals(CaseFiles.number(year, "民初", 123), hit.reference());
		assertTrue(hit.line().contains("李明") && hit.line().contains("民事审判第一庭"), hit.line());

		assertEquals(2, finder.find("初123", Osgi.ADMIN, 20).size(), "民初123 and 刑初123");
		assertEquals(1, finder.find("初123", Osgi.ADMIN, 1).size(), "never more than the limit");
	}

	@Test
	void aCaseIsFoundByTheJudgesNameOrStaffNumber() {
		assertEquals(List.of(CaseFiles.number(year, "民初", 456)), titles(finder.find("王芳", Osgi.ADMIN, 20)));
		assertEquals(List.of(CaseFiles.number(year, "刑初", 123)), titles(finder.find("20003", Osgi.ADMIN, 20)));
	}

	@Test
	void aViewerFindsOnlyTheCasesOfTheirDepartmentsAndNothingWithoutTheReadPermission() {
		Principal civilHead = Osgi.user(Role.DEPARTMENT_HEAD, "MS1");
		assertEquals(List.of(CaseFiles.number(year, "民初", 123)), titles(finder.find("初123", civilHead, 20)));
		assertEquals(List.of(), finder.find("赵强", civilHead, 20), "the criminal judge's case is outside MS1");
		assertEquals(List.of(), finder.find("初123", Osgi.user(Role.STAFF), 20), "staff may not read the register");
		assertEquals(List.of(), finder.find("1", Osgi.ADMIN, 20), "one character finds nothing");
	}

	private static List<String> titles(List<FoundRecord> hits) {
		return hits.stream().map(FoundRecord::title).toList();
	}
}
