package ducha.integrity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;
import ducha.integrity.IntegrityTargets;
import ducha.test.osgi.Osgi;

/** The quick-find's integrity archives: by 姓名/工号, only the archives the viewer may read. */
class ArchiveFinderTest {

	private RecordFinder finder;

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
		finder = Osgi.services(RecordFinder.class).stream()
				.filter(f -> f.getClass().getSimpleName().equals("ArchiveFinder")).findFirst()
				.orElseThrow(() -> new AssertionError("no ArchiveFinder service"));
	}

	@Test
	void theDirectorFindsAnArchiveByNameAndByStaffNumber() {
		Principal director = Court.user("director", null, Role.OFFICE_DIRECTOR);
		List<FoundRecord> hits = finder.find("王芳", director, 20);
		assertEquals(List.of("王芳（20002）"), hits.stream().map(FoundRecord::title).toList());
		assertEquals(IntegrityTargets.ARCHIVE, hits.get(0).target());
		assertEquals(Court.WANG, hits.get(0).reference());
		assertEquals(List.of(Court.ZHAO), finder.find(Court.ZHAO, director, 20).stream().map(FoundRecord::reference)
				.toList());
	}

	@Test
	void aSupervisorFindsOnlyTheirDepartmentsAndStaffOnlyTheirOwnArchive() {
		Principal civilSupervisor = Court.user("jiancha", null, Role.INTEGRITY_SUPERVISOR, "MS1");
		assertEquals(List.of(), finder.find("赵强", civilSupervisor, 20), "赵强 works in 刑庭");
		assertEquals(1, finder.find("李明", civilSupervisor, 20).size());

		Principal li = Court.user("liming", Court.LI, Role.STAFF);
		assertEquals(List.of(Court.LI), finder.find("李明", li, 20).stream().map(FoundRecord::reference).toList());
		assertEquals(List.of(), finder.find("王芳", li, 20), "a colleague's archive is not theirs to read");
		assertEquals(List.of(), finder.find("2000", Court.user("it", null, Role.STAFF), 20),
				"an account without a staff record has no archive");
	}
}
