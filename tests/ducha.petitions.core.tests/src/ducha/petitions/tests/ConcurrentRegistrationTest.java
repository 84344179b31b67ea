package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ducha.core.security.Principal;
import ducha.petitions.Channel;
import ducha.petitions.Intake;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * Desktops registering at the same moment on one database: each registration is its own transaction (the service
 * runs each on its own EntityManager), and every one of them gets a number of its own, the numbers following one
 * another without a gap.
 */
class ConcurrentRegistrationTest {

	private static final int DESKTOPS = 20;

	@Test
	void twentyPetitionsRegisteredAtOnceGetTwentyConsecutiveNumbers() throws Exception {
		PetitionService petitions = Osgi.service(PetitionService.class);
		Principal director = Court.director();
		List<String> reported = Court.judges(1);
		// a year no other test registers in: the numbers are this test's alone
		LocalDate received = LocalDate.of(2019, 6, 3);
		CyclicBarrier together = new CyclicBarrier(DESKTOPS);
		ExecutorService desktops = Executors.newFixedThreadPool(DESKTOPS);
		try {
			List<Future<Petition>> registered = new ArrayList<>();
			for (int i = 0; i < DESKTOPS; i++) {
				Reporter reporter = i % 2 == 0 ? Reporter.ANONYMOUS : Court.uniqueReporter();
				registered.add(desktops.submit(() -> {
					together.await(30, TimeUnit.SECONDS);
					return petitions.register(new Intake(Channel.LETTER, received,
							reporter, reported, "来信反映其违规会见当事人", "违反廉洁纪律", null, null), director);
				}));
			}
			List<Integer> numbers = new ArrayList<>();
			for (Future<Petition> p : registered) {
				String number = p.get(120, TimeUnit.SECONDS).number();
				assertEquals("XF2019-", number.substring(0, 7), number);
				numbers.add(Integer.parseInt(number.substring(7)));
			}
			List<Integer> sorted = numbers.stream().sorted().toList();
			int first = sorted.get(0);
			assertEquals(IntStream.range(first, first + DESKTOPS).boxed().toList(), sorted,
					"one number each, one after the other");
		} finally {
			desktops.shutdownNow();
		}
	}
}
