package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.ArchiveView;
import ducha.integrity.DispositionService;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionType;
import ducha.integrity.IntegrityArchive;

class ArchiveGatheringTest {

	private static final Period YEAR = Period.year(2024);
	private static final Principal DIRECTOR = Court.user("director", null, Role.OFFICE_DIRECTOR);

	private final IntegrityArchive archive = Osgi.service(IntegrityArchive.class);
	private final DispositionService dispositions = Osgi.service(DispositionService.class);
	private ServiceRegistration<ArchiveContributor> cases;
	private ServiceRegistration<ArchiveContributor> petitions;

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
	}

	@AfterEach
	void unregisterFakes() {
		for (ServiceRegistration<?> registration : new ServiceRegistration<?>[] { cases, petitions }) {
			if (registration != null) {
				try {
					registration.unregister();
				} catch (IllegalStateException alreadyGone) {
					// the test unregistered it itself
				}
			}
		}
	}

	@Test
	void theArchiveGathersEveryRegisteredContributorAndTheOwnRecordsNewestFirst() {
		registerFakes();
		dispositions.record(new Disposition(0, null, Court.LI, DispositionType.TALK_REMINDER, LocalDate.of(2024, 6, 1),
				"庭审迟到", "政治部", null), Court.ADMIN);

		ArchiveView view = archive.read(Court.LI, ArchiveFilter.of(YEAR), DIRECTOR);

		assertEquals(List.of("cases", "petitions", "integrity", "cases"),
				view.entries().stream().map(ArchiveEntry::source).toList());
		assertEquals(List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 6, 1),
				LocalDate.of(2024, 3, 1)), view.entries().stream().map(ArchiveEntry::date).toList());
		assertEquals(Set.of("cases.finding", "petitions.report", "integrity.disposition"), view.kinds().keySet());
		// installed plugins are named as users know them (their bundle's Chinese Ducha-Module-Name); the fakes
		// stand for plugins that are not installed here, which keep their ids
		assertEquals(List.of("cases", "petitions", "廉政档案", "cases"),
				view.entries().stream().map(view::sourceLabel).toList());
	}

	@Test
	void aContributorThatGoesAwayTakesItsEntriesOutOfViewAndBringsThemBackWhenItReturns() {
		registerFakes();
		assertEquals(3, archive.read(Court.LI, ArchiveFilter.of(YEAR), DIRECTOR).entries().size());

		cases.unregister();
		ArchiveView without = archive.read(Court.LI, ArchiveFilter.of(YEAR), DIRECTOR);
		assertEquals(List.of("petitions"), without.entries().stream().map(ArchiveEntry::source).toList());

		cases = Osgi.register(ArchiveContributor.class, new FakeContributor("cases", "cases.finding", "案件评查问题",
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1)));
		ArchiveView back = archive.read(Court.LI, ArchiveFilter.of(YEAR), DIRECTOR);
		assertEquals(3, back.entries().size());
		assertEquals(List.of("cases", "petitions", "cases"), back.entries().stream().map(ArchiveEntry::source).toList());
	}

	@Test
	void entriesOutsideThePeriodOrOfOtherKindsAreLeftOutEvenWhenAContributorSendsThem() {
		registerFakes();
		// the fake contributors ignore the period: the archive must not rely on them
		ArchiveView firstHalf = archive.read(Court.LI, ArchiveFilter.of(Period.halfYear(2024, 1)), DIRECTOR);
		assertEquals(List.of(LocalDate.of(2024, 3, 1)), firstHalf.entries().stream().map(ArchiveEntry::date).toList());

		ArchiveView onlyPetitions = archive.read(Court.LI, new ArchiveFilter(YEAR, Set.of("petitions.report")),
				DIRECTOR);
		assertEquals(List.of("petitions.report"), onlyPetitions.entries().stream().map(ArchiveEntry::kind).toList());
		assertEquals(Set.of("cases.finding", "petitions.report"), onlyPetitions.kinds().keySet(),
				"the kind choice still offers every kind present in the period");
	}

	@Test
	void aContributorThatFailsDoesNotHideTheOthers() {
		registerFakes();
		ServiceRegistration<ArchiveContributor> broken = Osgi.register(ArchiveContributor.class,
				new ArchiveContributor() {
					@Override
					public String source() {
						return "broken";
					}

					@Override
					public List<ArchiveEntry> entries(String staffNo, Period period, Principal viewer) {
						throw new IllegalStateException("database of the broken plugin is gone");
					}
				});
		try {
			assertEquals(3, archive.read(Court.LI, ArchiveFilter.of(YEAR), DIRECTOR).entries().size());
		} finally {
			broken.unregister();
		}
	}

	private void registerFakes() {
		cases = Osgi.register(ArchiveContributor.class, new FakeContributor("cases", "cases.finding", "案件评查问题",
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1)));
		petitions = Osgi.register(ArchiveContributor.class, new FakeContributor("petitions", "petitions.report",
				"信访举报", LocalDate.of(2024, 7, 1)));
		assertTrue(archive.mayRead(Court.LI, DIRECTOR));
	}
}
