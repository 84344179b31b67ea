package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;
import ducha.petitions.Petition;
import ducha.petitions.PetitionTargets;
import ducha.petitions.Reporter;

/** The quick-find's petitions: by 编号 only, never by the reporter, never for the staff it names or a viewer without the right. */
class PetitionFinderTest {

	private Reporter reporter;
	private Petition petition;
	private String judge;

	@BeforeEach
	void registerAPetition() {
		reporter = Court.uniqueReporter();
		judge = Court.judges(1).get(0);
		petition = Court.register(reporter, LocalDate.now(), List.of(judge));
	}

	@Test
	void thePetitionIsFoundByItsNumberShowingNeitherReporterNorSummary() {
		List<FoundRecord> hits = finder().find(petition.number().toLowerCase(), Court.director(), 20);
		assertEquals(1, hits.size(), hits.toString());
		FoundRecord hit = hits.get(0);
		assertEquals(petition.number(), hit.title());
		assertEquals(petition.number(), hit.reference());
		assertEquals(PetitionTargets.LIST, hit.target());
		assertFalse(hit.line().contains(reporter.name()) || hit.line().contains(petition.summary()), hit.line());
	}

	@Test
	void noFinderMatchesTheReporterByNameOrContact() {
		for (RecordFinder any : Osgi.services(RecordFinder.class)) {
			for (String text : List.of(reporter.name(), reporter.contact())) {
				assertEquals(List.of(), any.find(text, Court.director(), 20), any.getClass().getSimpleName());
			}
		}
	}

	@Test
	void theReportedStaffMemberAndAViewerWithoutTheRightFindNothing() {
		Principal reported = new Principal("reported", "被反映人", judge, Set.of(Role.OFFICE_DIRECTOR),
				DepartmentScope.ALL);
		assertEquals(List.of(), finder().find(petition.number(), reported, 20));
		Principal staff = new Principal("clerk", "书记员", null, Set.of(Role.STAFF), DepartmentScope.ALL);
		assertEquals(List.of(), finder().find(petition.number(), staff, 20));
		assertTrue(finder().find(petition.number(), Court.director(), 20).size() == 1, "the director still does");
	}

	private static RecordFinder finder() {
		return Osgi.services(RecordFinder.class).stream()
				.filter(f -> f.getClass().getSimpleName().equals("PetitionFinder")).findFirst()
				.orElseThrow(() -> new AssertionError("no PetitionFinder service"));
	}
}
