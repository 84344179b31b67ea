package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.NumberingService;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.inspections.Bulletin;
import ducha.inspections.BulletinService;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;

/** Bulletins numbered per year through the platform's numbering, written as documents, archived for the persons. */
class BulletinTest {

	private final BulletinService bulletins = Osgi.service(BulletinService.class);
	private final NumberingService numbering = Osgi.service(NumberingService.class);

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void numbersRunPerYearAndStartAgainAfterTheYearBoundary() {
		int last2019 = numbering.lastIssued(BulletinService.NUMBER_KIND, 2019);
		int last2020 = numbering.lastIssued(BulletinService.NUMBER_KIND, 2020);
		List<Finding> findings = closedFindings(LocalDateTime.of(2019, 12, 2, 10, 0), 3);

		Bulletin december = bulletins.issue("关于11月日常督察情况的通报", LocalDate.of(2019, 12, 30),
				List.of(findings.get(0).findingNo()), Court.OFFICE);
		Bulletin yearEnd = bulletins.issue("关于12月日常督察情况的通报", LocalDate.of(2019, 12, 31),
				List.of(findings.get(1).findingNo()), Court.OFFICE);
		Bulletin january = bulletins.issue("关于年末日常督察情况的通报", LocalDate.of(2020, 1, 2),
				List.of(findings.get(2).findingNo()), Court.OFFICE);

		assertEquals(2019, december.year());
		assertEquals(last2019 + 1, december.number());
		assertEquals(last2019 + 2, yearEnd.number());
		assertEquals(2020, january.year());
		assertEquals(last2020 + 1, january.number());
		assertEquals("2020年第" + (last2020 + 1) + "期", january.label());
		assertEquals(List.of(december, yearEnd), bulletins.bulletins(2019, Court.HEAD_ZXJ));
		assertEquals(december.label(),
				Osgi.service(InspectionService.class).finding(findings.get(0).findingNo(), Court.OFFICE).bulletinNumber());
	}

	@Test
	void theBulletinIsWrittenWithItsNumberAndFindingsAndThePersonsNamedGetArchiveEntries() throws Exception {
		List<Finding> findings = closedFindings(LocalDateTime.of(2024, 5, 6, 9, 0), 1);
		Bulletin issued = bulletins.issue("关于2024年5月日常督察情况的通报", LocalDate.of(2024, 6, 3),
				List.of(findings.get(0).findingNo()), Court.OFFICE);

		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		bulletins.write(issued.year(), issued.number(), DocumentFormat.DOCX, docx, Court.HEAD_LAF);
		String text;
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(
				new XWPFDocument(new ByteArrayInputStream(docx.toByteArray())))) {
			text = extractor.getText();
		}
		assertTrue(text.contains("关于2024年5月日常督察情况的通报"), text);
		assertTrue(text.contains(issued.label()), text);
		assertTrue(text.contains("一、立案庭（张明）：5月6日明察（现场）发现，上班时间脱岗。"), text);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		bulletins.write(issued.year(), issued.number(), DocumentFormat.PDF, pdf, Court.OFFICE);
		assertTrue(pdf.size() > 1000);

		ArchiveContributor archive = Osgi.services(ArchiveContributor.class).stream()
				.filter(c -> c.source().equals("inspections")).findFirst().orElseThrow();
		List<ArchiveEntry> entries = archive.entries(Court.ZHANG, Period.year(2024), Court.ZHANG_HIMSELF);
		assertEquals(List.of("inspections.finding", "inspections.bulletin"),
				entries.stream().map(ArchiveEntry::kind).toList());
		assertEquals(LocalDate.of(2024, 6, 3), entries.get(1).date());
		assertTrue(entries.get(1).title().contains(issued.label()), entries.get(1).title());
		assertEquals(List.of(), archive.entries(Court.ZHANG, Period.year(2024), Court.HEAD_ZXJ),
				"a head of another department does not read 张明's archive");
	}

	@Test
	void aFindingIsNamedOnceAndOnlyTheOfficeIssues() {
		List<Finding> findings = closedFindings(LocalDateTime.of(2024, 5, 6, 9, 0), 1);
		String no = findings.get(0).findingNo();
		assertThrows(AccessDeniedException.class,
				() -> bulletins.issue("通报", LocalDate.of(2024, 6, 1), List.of(no), Court.HEAD_LAF));
		bulletins.issue("通报", LocalDate.of(2024, 6, 1), List.of(no), Court.OFFICE);
		assertThrows(ValidationException.class,
				() -> bulletins.issue("通报", LocalDate.of(2024, 6, 2), List.of(no), Court.OFFICE));
		assertThrows(ValidationException.class,
				() -> bulletins.issue("通报", LocalDate.of(2024, 6, 2), List.of(), Court.OFFICE));
		assertThrows(AccessDeniedException.class, () -> bulletins.bulletins(2024, Court.ZHANG_HIMSELF));
	}

	/** Open inspections of 立案庭 at the time, each with a finding about 张明. */
	private static List<Finding> closedFindings(LocalDateTime at, int count) {
		return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
			Inspection inspection = Court.inspect(at.plusDays(i), InspectionMode.OPEN, "LAF", Court.ZHANG);
			return Court.find(inspection, "LAF", Court.ZHANG, at.toLocalDate().plusDays(20));
		}).toList();
	}
}
