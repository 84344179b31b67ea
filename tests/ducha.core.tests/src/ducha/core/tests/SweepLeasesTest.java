package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
		int desktops = 8;
		CyclicBarrier start = new CyclicBarrier(desktops);
		ExecutorService pool = Executors.newFixedThreadPool(desktops);
		try {
			List<Future<Boolean>> tries = new ArrayList<>();
			for (int i = 0; i < desktops; i++) {
				String holder = "desktop-" + i;
				tries.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return leases.take(sweep, holder, LONG);
				}));
			}
			int taken = 0;
			for (Future<Boolean> t : tries) {
				taken += t.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertEquals(1, taken);
		} finally {
			pool.shutdownNow();
		}
	}

}
