package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.attachments.AttachmentService;
import ducha.core.ledger.LedgerService;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.inspections.BulletinService;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;

/**
 * An unannounced inspection (暗访) not yet closed exists only for the supervision office: the inspected
 * department's head and the inspected person see nothing of it through the views (the services), the ledger
 * exports, the archive, the tiles, the reminders or the charts (the command line: InspectionsCliTest). Once it is
 * closed, it is seen like an open one.
 */
class ConfidentialityTest {

	private static final LocalDate TODAY = LocalDate.now();

	private final InspectionService inspections = Osgi.service(InspectionService.class);
	private final AttachmentService attachments = Osgi.service(AttachmentService.class);

	private Inspection unannounced;
	private Finding finding;

	@BeforeEach
	void anUnannouncedInspectionWithAFindingAndEvidence() {
		InspectionsTables.reset();
		Court.create();
		unannounced = Court.inspect(TODAY.atStartOfDay().plusHours(8), InspectionMode.UNANNOUNCED, "LAF", Court.ZHANG);
		finding = Court.find(unannounced, "LAF", Court.ZHANG, TODAY.plusDays(1));
		attachments.store(InspectionService.EVIDENCE_OWNER, finding.findingNo(), "现场照片.png",
				new ByteArrayInputStream(Png.BYTES), Court.OFFICE);
	}

	@Test
	void theOfficeSeesEverything() {
		assertEquals(List.of(unannounced), inspections.inspections(thisYear(), Court.OFFICE));
		assertEquals(List.of(finding), inspections.findings(unannounced.inspectionNo(), Court.OFFICE));
		assertEquals(1, attachments.list(InspectionService.EVIDENCE_OWNER, finding.findingNo(), Court.OFFICE).size());
		assertEquals(1, export("inspections.inspections", Court.OFFICE).size());
		assertEquals(1, export("inspections.findings", Court.OFFICE).size());
		assertEquals(1, archive(Court.ZHANG, Court.OFFICE).size());
		assertTrue(archive(Court.ZHANG, Court.OFFICE).get(0).confidential());
		assertEquals("1", Dashboard.tile("inspections.this-month", Court.OFFICE).value());
		assertEquals(1, Dashboard.reminders(Court.OFFICE, TODAY).size());
	}

	@Test
	void theDepartmentHeadAndTheInspectedPersonSeeNothingBeforeClosing() {
		for (Principal outsider : List.of(Court.HEAD_LAF, Court.LEADER, Court.ZHANG_HIMSELF)) {
			String who = outsider.username();
			assertEquals(List.of(), archive(Court.ZHANG, outsider), who);
			assertEquals(outsider == Court.ZHANG_HIMSELF ? "—" : "0",
					Dashboard.tile("inspections.this-month", outsider).value(), who);
			assertEquals(List.of(), Dashboard.reminders(outsider, TODAY), who);
			assertEquals(0, Dashboard.total(Dashboard.chart("inspections.per-month", outsider, TODAY.getYear())), who);
			assertEquals(0, Dashboard.total(Dashboard.chart("inspections.findings-per-department", outsider,
					TODAY.getYear())), who);
			assertThrows(RuntimeException.class, () -> attachments.list(InspectionService.EVIDENCE_OWNER,
					finding.findingNo(), outsider), who);
			assertThrows(RuntimeException.class, () -> attachments.open(InspectionService.EVIDENCE_OWNER,
					finding.findingNo(), 1, "", new ByteArrayOutputStream(), outsider), who);
		}
		for (Principal reader : List.of(Court.HEAD_LAF, Court.LEADER)) {
			String who = reader.username();
			assertEquals(List.of(), inspections.inspections(thisYear(), reader), who);
			assertThrows(NotFoundException.class, () -> inspections.inspection(unannounced.inspectionNo(), reader));
			assertThrows(NotFoundException.class, () -> inspections.findings(unannounced.inspectionNo(), reader));
			assertThrows(NotFoundException.class, () -> inspections.finding(finding.findingNo(), reader));
			assertThrows(NotFoundException.class, () -> inspections.score(unannounced.inspectionNo(), reader));
			assertThrows(NotFoundException.class,
					() -> inspections.reportRectified(finding.findingNo(), finding.version(), TODAY, "", reader));
			assertEquals(List.of(), inspections.openFindings(reader), who);
			assertEquals(List.of(), export("inspections.inspections", reader), who);
			assertEquals(List.of(), export("inspections.findings", reader), who);
		}
		assertThrows(ValidationException.class, () -> Osgi.service(BulletinService.class).issue("通报", TODAY,
				List.of(finding.findingNo()), Court.OFFICE), "a bulletin cannot name it yet");
	}

	@Test
	void onceClosedTheHeadAndThePersonSeeIt() throws Exception {
		Finding rectified = inspections.reportRectified(finding.findingNo(), finding.version(), TODAY, "已整改",
				Court.OFFICE);
		inspections.verify(finding.findingNo(), rectified.version(), TODAY, Court.OFFICE);
		inspections.close(unannounced.inspectionNo(), TODAY, Court.OFFICE);

		assertEquals(1, inspections.inspections(thisYear(), Court.HEAD_LAF).size());
		assertEquals(1, inspections.findings(unannounced.inspectionNo(), Court.HEAD_LAF).size());
		assertEquals(1, export("inspections.findings", Court.HEAD_LAF).size());
		assertEquals(List.of(), export("inspections.findings", Court.HEAD_ZXJ), "another department still sees nothing");
		ByteArrayOutputStream photo = new ByteArrayOutputStream();
		long id = attachments.list(InspectionService.EVIDENCE_OWNER, finding.findingNo(), Court.HEAD_LAF).get(0).id();
		attachments.open(InspectionService.EVIDENCE_OWNER, finding.findingNo(), id, "整改核对", photo, Court.HEAD_LAF);
		assertEquals(Png.BYTES.length, photo.size());
		assertThrows(RuntimeException.class, () -> attachments.store(InspectionService.EVIDENCE_OWNER,
				finding.findingNo(), "补充.txt", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)),
				Court.HEAD_LAF), "only the office adds evidence");
		List<ArchiveEntry> own = archive(Court.ZHANG, Court.ZHANG_HIMSELF);
		assertEquals(1, own.size());
		assertEquals("inspections.finding", own.get(0).kind());
		assertEquals("1", Dashboard.tile("inspections.this-month", Court.HEAD_LAF).value());
	}

	private static Period thisYear() {
		return Period.year(TODAY.getYear());
	}

	private static List<List<String>> export(String kind, Principal reader) {
		return Osgi.service(LedgerService.class).kind(kind).orElseThrow().exportRows(reader);
	}

	static List<ArchiveEntry> archive(String staffNo, Principal viewer) {
		ArchiveContributor contributor = Osgi.services(ArchiveContributor.class).stream()
				.filter(c -> c.source().equals("inspections")).findFirst().orElseThrow();
		return contributor.entries(staffNo, Period.year(TODAY.getYear()), viewer);
	}
}
