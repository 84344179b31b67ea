package ducha.inspections.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionTargets;
import ducha.test.osgi.Osgi;

/** The quick-find's inspections: by part of the 编号, an open unannounced one only for the office. */
class InspectionFinderTest {

	private RecordFinder finder;
	private Inspection announced;
	private Inspection unannounced;

	@BeforeEach
	void twoInspections() {
		InspectionsTables.reset();
		Court.create();
		announced = Court.inspect(LocalDate.now().atStartOfDay().plusHours(9), InspectionMode.OPEN, "LAF",
				Court.ZHANG);
		unannounced = Court.inspect(LocalDate.now().atStartOfDay().plusHours(10), InspectionMode.UNANNOUNCED, "LAF",
				Court.ZHANG);
		finder = Osgi.services(RecordFinder.class).stream()
				.filter(f -> f.getClass().getSimpleName().equals("InspectionFinder")).findFirst()
				.orElseThrow(() -> new AssertionError("no InspectionFinder service"));
	}

	@Test
	void theOfficeFindsAnInspectionByItsNumber() {
		List<FoundRecord> hits = finder.find(announced.inspectionNo().toLowerCase(), Court.OFFICE, 20);
		assertEquals(List.of(announced.inspectionNo()), hits.stream().map(FoundRecord::title).toList());
		assertEquals(InspectionTargets.REGISTER, hits.get(0).target());
		assertEquals(2, finder.find("DC" + LocalDate.now().getYear(), Court.OFFICE, 20).size());
	}

	@Test
	void theDepartmentHeadDoesNotFindTheOpenUnannouncedOneNorAnotherDepartments() {
		String year = "DC" + LocalDate.now().getYear();
		assertEquals(List.of(announced.inspectionNo()),
				finder.find(year, Court.HEAD_LAF, 20).stream().map(FoundRecord::title).toList());
		assertEquals(List.of(), finder.find(unannounced.inspectionNo(), Court.HEAD_LAF, 20));
		assertEquals(List.of(), finder.find(year, Court.HEAD_ZXJ, 20), "LAF's inspections are outside ZXJ");
	}
}
