package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.directory.DirectoryService;
import ducha.core.security.Role;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;
import ducha.core.spi.ViewTargets;

/** The quick-find's staff (干警名册): by part of the 姓名 or 工号, within the directory the viewer may see. */
class StaffFinderTest {

	private RecordFinder finder;

	@BeforeEach
	void twoDepartments() {
		Osgi.resetCoreTables();
		Fixtures.twoDepartments(Osgi.service(DirectoryService.class));
		// ducha.core registers only this finder: the plugins' finders are not installed in this test run
		finder = Osgi.service(RecordFinder.class);
	}

	@Test
	void aStaffMemberIsFoundByNameAndByStaffNumber() {
		List<FoundRecord> byName = finder.find("王芳", Fixtures.ADMIN, 20);
		assertEquals(List.of("王芳（20002）"), byName.stream().map(FoundRecord::title).toList());
		assertEquals("20002", byName.get(0).reference());
		assertEquals(ViewTargets.STAFF, byName.get(0).target());
		assertEquals("民事审判第一庭 审判员", byName.get(0).line());
		assertEquals(List.of("20001", "20002", "20003"),
				finder.find("2000", Fixtures.ADMIN, 20).stream().map(FoundRecord::reference).toList());
		assertEquals(2, finder.find("2000", Fixtures.ADMIN, 2).size(), "never more than the limit");
	}

	@Test
	void aViewerOutsideTheDepartmentOrWithoutTheRightFindsNobody() {
		assertEquals(List.of(), finder.find("赵强", Fixtures.user("head", Role.DEPARTMENT_HEAD, "MS1"), 20));
		assertEquals(1, finder.find("赵强", Fixtures.user("head", Role.DEPARTMENT_HEAD, "XST"), 20).size());
		assertEquals(List.of(), finder.find("王芳", Fixtures.user("clerk", Role.STAFF), 20));
	}
}
