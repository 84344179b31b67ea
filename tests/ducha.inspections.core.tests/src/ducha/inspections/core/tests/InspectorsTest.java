package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.ValidationException;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.period.Period;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;

/** An inspection's inspectors (督察人员) are staff by 工号: stored, read back, imported and exported, never unknown. */
class InspectorsTest {

	private static final String HEADER = "督察编号,督察时间,督察类型,督察方式,督察来源,督察内容,被督察部门,被督察人员工号,督察人员,督察人员工号,督察情况,销号日期";

	private final InspectionService inspections = Osgi.service(InspectionService.class);
	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@TempDir
	Path folder;

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void theInspectorsAreStoredByStaffNumberInTheirOrderAndShownByName() {
		Inspection recorded = inspections.record(draft().withInspectors(List.of(Court.LIU, Court.CHEN, Court.LIU)),
				null, Court.OFFICE);

		Inspection read = inspections.inspection(recorded.inspectionNo(), Court.OFFICE);
		assertEquals(List.of(Court.LIU, Court.CHEN), read.inspectorNos(), "in the order given, each once");
		Map<String, String> names = Map.of(Court.LIU, "刘局", Court.CHEN, "陈庭");
		assertEquals("刘局、陈庭", read.inspectorNames(names::get));

		Inspection changed = inspections.record(read.withInspectors(List.of(Court.CHEN)), null, Court.OFFICE);
		assertEquals(List.of(Court.CHEN), inspections.inspection(changed.inspectionNo(), Court.OFFICE).inspectorNos());
	}

	@Test
	void anUnknownInspectorIsRefusedNamingTheField() {
		ValidationException refused = assertThrows(ValidationException.class, () -> inspections
				.record(draft().withInspectors(List.of(Court.LIU, "99999")), null, Court.OFFICE));
		assertTrue(refused.getMessage().contains("99999") && refused.getMessage().contains("督察人员"),
				refused.getMessage());
		assertEquals(List.of(), inspections.inspections(Period.year(2025), Court.OFFICE));
	}

	@Test
	void theLedgerColumnOfInspectorsRoundTripsAndAnOldRecordKeepsItsFreeText() throws Exception {
		importFile("inspections.csv", HEADER + "\n"
				+ "DC2024-001,2024-03-05 09:30,例行督察,明察,现场,作风纪律,立案庭,30001,,\"30010、30009\",检查考勤,\n"
				+ "DC2024-002,2024-04-05 09:30,例行督察,明察,现场,作风纪律,立案庭,,张督、李察,,,\n");

		assertEquals(List.of(Court.LIU, Court.CHEN), inspections.inspection("DC2024-001", Court.OFFICE).inspectorNos());
		Inspection old = inspections.inspection("DC2024-002", Court.OFFICE);
		assertEquals(List.of(), old.inspectorNos());
		assertEquals("张督、李察", old.inspectorNames(no -> "?"), "no 工号: the free text is shown");
		List<List<String>> rows = ledgers.kind("inspections.inspections").orElseThrow().exportRows(Court.OFFICE);
		assertEquals(List.of("", "30010、30009"), rows.get(0).subList(8, 10));
		assertEquals(List.of("张督、李察", ""), rows.get(1).subList(8, 10));
	}

	@Test
	void anUnknownInspectorInTheLedgerIsNamedByRowAndColumn() throws Exception {
		Path file = folder.resolve("bad.csv");
		Files.writeString(file, HEADER + "\n"
				+ "DC2024-001,2024-03-05 09:30,例行督察,明察,现场,作风纪律,立案庭,,,30010,,\n"
				+ "DC2024-002,2024-04-05 09:30,例行督察,明察,现场,作风纪律,立案庭,,,\"30009,88888\",,\n");
		LedgerValidationException rejected = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("inspections.inspections", file, Court.ADMIN));
		assertEquals(List.of("bad.csv:3:督察人员工号"), rejected.ledgerProblems().stream()
				.map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList());
		assertTrue(rejected.ledgerProblems().get(0).reason().contains("88888"));
		assertEquals(List.of(), ledgers.kind("inspections.inspections").orElseThrow().exportRows(Court.OFFICE));
	}

	private void importFile(String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		ledgers.importFile("inspections.inspections", file, Court.ADMIN);
	}

	private static Inspection draft() {
		return Inspection.of(LocalDateTime.of(2025, 3, 5, 9, 30), InspectionKind.ROUTINE, InspectionMode.OPEN,
				InspectionSource.ON_SITE, InspectionSubject.DISCIPLINE, List.of("LAF"), List.of(Court.ZHANG), "检查考勤");
	}
}
