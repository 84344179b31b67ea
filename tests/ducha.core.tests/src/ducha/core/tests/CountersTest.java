package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import ducha.core.jpa.Counters;
import ducha.core.jpa.Jpa;

/**
 * The running numbers of {@code number_counter}: each kind and year counts on its own, concurrent transactions
 * (one per desktop) never share a number, a rolled-back transaction gives its number back, a new counter starts
 * after the records already stored and a ledger import moves it forward.
 */
class CountersTest {

	private final EntityManagerFactory emf = Osgi.coreUnit();

	/** Each test its own kind: the counters of earlier runs stay in the database like real ones. */
	private static String kind(String test) {
		return "test." + test + "." + System.nanoTime();
	}

	private int next(String kind, int year, int highestStored) {
		return Jpa.write(emf, em -> Counters.next(em, kind, year, () -> highestStored));
	}

	@Test
	void eachKindAndYearCountsFromOne() {
		String kind = kind("count");
		assertEquals(1, next(kind, 2025, 0));
		assertEquals(2, next(kind, 2025, 0));
		assertEquals(1, next(kind, 2026, 0));
		assertEquals(1, next(kind + ".other", 2025, 0));
		assertEquals(3, next(kind, 2025, 0));
	}

	@Test
	void twentyConcurrentTransactionsTakeTwentyConsecutiveNumbers() throws Exception {
		String kind = kind("concurrent");
		int desktops = 20;
		List<Integer> numbers = Together.run(desktops, i -> () -> Jpa.write(emf, em -> {
			int number = Counters.next(em, kind, 2026, () -> 0);
			Thread.yield(); // hold the number a moment inside the transaction
			return number;
		}));
		assertEquals(IntStream.rangeClosed(1, desktops).boxed().toList(), numbers.stream().sorted().toList());
	}

	@Test
	void aRolledBackTransactionGivesItsNumberBack() {
		String kind = kind("rollback");
		assertEquals(1, next(kind, 2026, 0));
		assertThrows(IllegalStateException.class, () -> Jpa.write(emf, em -> {
			assertEquals(2, Counters.next(em, kind, 2026, () -> 0));
			throw new IllegalStateException("the registration fails after taking its number");
		}));
		assertEquals(2, next(kind, 2026, 0));
	}

	@Test
	void aNewCounterStartsAfterTheRecordsAlreadyStored() {
		String kind = kind("seeded");
		assertEquals(8, next(kind, 2026, 7));
		assertEquals(9, next(kind, 2026, 7), "the stored records are asked only once");
	}

	@Test
	void numbersStoredByAnImportMoveTheCounterForward() {
		String kind = kind("import");
		assertEquals(1, next(kind, 2026, 0));
		Jpa.run(emf, em -> Counters.catchUp(em, kind, 2026, 40));
		assertEquals(41, next(kind, 2026, 0));
		Jpa.run(emf, em -> Counters.catchUp(em, kind, 2026, 12));
		assertEquals(42, next(kind, 2026, 0), "an import of lower numbers leaves the counter where it is");
		Jpa.run(emf, em -> Counters.catchUp(em, kind, 2027, 5));
		assertEquals(6, next(kind, 2027, 0), "an import makes the year's counter when it has none");
	}
}
