package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.inspections.BulletinService;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;

/** Every {@code inspections.*} figure against counts taken through the services, with records just outside. */
class FiguresTest {

	private static final Period YEAR = Period.year(2023);

	private final InspectionService inspections = Osgi.service(InspectionService.class);
	private final BulletinService bulletins = Osgi.service(BulletinService.class);

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void inspectionsAndBulletinsAreCountedByTheirOwnDatesInsideThePeriod() {
		Inspection before = Court.inspect(LocalDateTime.of(2022, 12, 31, 23, 59), InspectionMode.OPEN, "LAF", null);
		Inspection first = Court.inspect(LocalDateTime.of(2023, 1, 1, 0, 0), InspectionMode.UNANNOUNCED, "ZXJ", null);
		Inspection last = Court.inspect(LocalDateTime.of(2023, 12, 31, 23, 59), InspectionMode.OPEN, "LAF", null);
		Court.inspect(LocalDateTime.of(2024, 1, 1, 0, 0), InspectionMode.OPEN, "ZXJ", null);
		Court.inspect(LocalDateTime.of(2023, 6, 15, 14, 0), InspectionMode.OPEN, "ZXJ", null);
		Finding a = Court.find(before, "LAF", null, LocalDate.of(2023, 1, 10));
		Finding b = Court.find(last, "LAF", null, LocalDate.of(2024, 1, 10));
		Finding c = Court.find(first, "ZXJ", null, LocalDate.of(2023, 1, 10));
		Finding rectified = inspections.reportRectified(c.findingNo(), c.version(), LocalDate.of(2023, 1, 5), "",
				Court.OFFICE);
		inspections.verify(c.findingNo(), rectified.version(), LocalDate.of(2023, 1, 6), Court.OFFICE);
		inspections.close(first.inspectionNo(), LocalDate.of(2023, 1, 6), Court.OFFICE);
		bulletins.issue("通报一", LocalDate.of(2022, 12, 31), List.of(a.findingNo()), Court.OFFICE);
		bulletins.issue("通报二", LocalDate.of(2023, 1, 1), List.of(c.findingNo()), Court.OFFICE);
		bulletins.issue("通报三", LocalDate.of(2024, 1, 1), List.of(b.findingNo()), Court.OFFICE);

		Map<String, Long> figures = figures(YEAR);
		assertEquals(Map.of("inspections.inspections", (long) inspections.inspections(YEAR, Court.OFFICE).size(),
				"inspections.bulletins", Stream.of(2022, 2023, 2024)
						.flatMap(y -> bulletins.bulletins(y, Court.OFFICE).stream())
						.filter(x -> YEAR.contains(x.issuedOn())).count()),
				figures);
		assertEquals(Map.of("inspections.inspections", 3L, "inspections.bulletins", 1L), figures);
		assertEquals(Map.of("inspections.inspections", 1L, "inspections.bulletins", 1L),
				figures(Period.of(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 31))));
	}

	private static Map<String, Long> figures(Period period) {
		ReportSection section = Osgi.services(ReportSection.class).stream()
				.filter(s -> s.section().equals("inspections")).findFirst().orElseThrow();
		return section.figures(period).stream().collect(Collectors.toMap(ReportFigure::key, ReportFigure::value));
	}
}
