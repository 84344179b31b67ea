package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.petitions.ReceptionService;

/** The visits each receiver took on reception days, counted for the performance archive by the day. */
class ReceptionDutiesTest {

	private final ReceptionService receptions = Osgi.service(ReceptionService.class);

	@Test
	void aReceptionInThePeriodCountsForItsReceiverOnly() {
		// a month of long ago that no other test and no demo record uses
		List<String> judges = Court.judges(2);
		String receiver = judges.get(0);
		String other = judges.get(1);
		receptions.record(LocalDate.of(2003, 3, 5), receiver, null, "接待来访群众", Court.supervisor());
		receptions.record(LocalDate.of(2003, 3, 26), receiver, null, "接待来访群众", Court.supervisor());
		receptions.record(LocalDate.of(2003, 4, 2), receiver, null, "接待来访群众", Court.supervisor());
		receptions.record(LocalDate.of(2003, 3, 12), other, null, "接待来访群众", Court.supervisor());

		DutyContributor petitions = Osgi.service(DutyContributor.class);
		assertEquals("petitions", petitions.source(), "the only plugin of these tests");
		Period march = Period.of(LocalDate.of(2003, 3, 1), LocalDate.of(2003, 3, 31));
		assertEquals(List.of(new DutyCount(receiver, "petitions.reception", "信访接待", "petitions", 2)),
				petitions.duties(march, Set.of(receiver)));
		assertEquals(Set.of(new DutyCount(receiver, "petitions.reception", "信访接待", "petitions", 2),
				new DutyCount(other, "petitions.reception", "信访接待", "petitions", 1)),
				Set.copyOf(petitions.duties(march, Set.of())));
	}
}
