package ducha.study.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;
import ducha.study.StudyRecordService;
import ducha.study.StudySession;
import ducha.study.StudyTargets;
import ducha.test.osgi.Osgi;

/** The quick-find's study sessions: by part of the 编号, only the departments the viewer may read. */
class SessionFinderTest {

	private StudySession civil;
	private StudySession criminal;
	private RecordFinder finder;

	@BeforeEach
	void twoSessions() {
		StudyTables.reset();
		ReviewCourt.create();
		StudyRecordService sessions = Osgi.service(StudyRecordService.class);
		civil = sessions.record(StudySessionsTest.session("MS1", ReviewCourt.LI), ReviewCourt.OFFICE);
		criminal = sessions.record(StudySessionsTest.session("XST", ReviewCourt.ZHAO), ReviewCourt.OFFICE);
		finder = Osgi.services(RecordFinder.class).stream()
				.filter(f -> f.getClass().getSimpleName().equals("SessionFinder")).findFirst()
				.orElseThrow(() -> new AssertionError("no SessionFinder service"));
	}

	@Test
	void theOfficeFindsASessionByItsNumber() {
		List<FoundRecord> hits = finder.find(civil.recordNo().toLowerCase(), ReviewCourt.OFFICE, 20);
		assertEquals(List.of(civil.recordNo()), hits.stream().map(FoundRecord::reference).toList());
		assertEquals(StudyTargets.SESSIONS, hits.get(0).target());
		assertEquals(2, finder.find("XX", ReviewCourt.OFFICE, 20).size());
	}

	@Test
	void aDepartmentHeadFindsOnlyTheirDepartmentAndStaffNothing() {
		Principal head = ReviewCourt.user("head", ReviewCourt.LI, Role.DEPARTMENT_HEAD, "MS1");
		assertEquals(List.of(civil.recordNo()),
				finder.find("XX", head, 20).stream().map(FoundRecord::reference).toList());
		assertEquals(List.of(), finder.find(criminal.recordNo(), head, 20));
		assertEquals(List.of(), finder.find("XX", ReviewCourt.user("li", ReviewCourt.LI, Role.STAFF, "MS1"), 20));
	}
}
