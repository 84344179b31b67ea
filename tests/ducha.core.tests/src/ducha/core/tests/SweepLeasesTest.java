package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import ducha.core.sweep.SweepLeases;

/** One desktop sweeps at a time: the lease of {@code sweep_lease} between two holders. */
class SweepLeasesTest {

	private static final Duration LONG = Duration.ofMinutes(5);

	private final SweepLeases leases = Osgi.service(SweepLeases.class);

	private static String sweep(String test) {
		return "test." + test + "." + System.nanoTime();
	}

	@Test
	void theSecondSweeperSkipsWhileTheFirstHoldsTheLease() {
		String sweep = sweep("held");
		assertTrue(leases.take(sweep, "desktop-1", LONG));
		assertFalse(leases.take(sweep, "desktop-2", LONG));
		assertTrue(leases.take(sweep, "desktop-1", LONG), "the holder renews its lease");
		assertFalse(leases.take(sweep, "desktop-2", LONG));
	}

	@Test
	void theSecondSweeperTakesTheLeaseOnceItRanOut() throws InterruptedException {
		String sweep = sweep("expired");
		assertTrue(leases.take(sweep, "desktop-1", Duration.ofMillis(300)));
		assertFalse(leases.take(sweep, "desktop-2", LONG));
		Thread.sleep(500);
		assertTrue(leases.take(sweep, "desktop-2", LONG));
		assertFalse(leases.take(sweep, "desktop-1", LONG), "the first desktop lost it");
	}

	@Test
	void aReleasedLeaseGoesToTheNextSweeperAtOnce() {
		String sweep = sweep("released");
		assertTrue(leases.take(sweep, "desktop-1", LONG));
		leases.release(sweep, "desktop-2");
		assertFalse(leases.take(sweep, "desktop-2", LONG), "only the holder releases");
		leases.release(sweep, "desktop-1");
		assertTrue(leases.take(sweep, "desktop-2", LONG));
	}

	@Test
	void ofSweepersStartingTogetherExactlyOneTakesTheLease() throws Exception {
		String sweep = sweep("together");
		List<Boolean> taken = Together.run(8, i -> () -> leases.take(sweep, "desktop-" + i, LONG));
		assertEquals(1L, taken.stream().filter(t -> t).count());
	}
}
