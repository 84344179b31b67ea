package ducha.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.security.Principal;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.NumberingService;
import ducha.core.jpa.Jpa;

class NumberingServiceTest {

	private static final Principal ACTOR = Principal.system("test");

	/** A kind of its own per test, since the database outlives a test run. */
	private static String freshKind() {
		return "test.bulletin." + UUID.randomUUID();
	}

	@Test
	void numbersStartAtOnePerKindAndYearAndReadAsTheOfficeWritesThem() {
		NumberingService numbering = Services.get(NumberingService.class);
		String kind = freshKind();

		DocumentNumber first = numbering.issue(kind, 2024, "第一期", ACTOR);
		DocumentNumber second = numbering.issue(kind, 2024, "第二期", ACTOR);
		DocumentNumber nextYear = numbering.issue(kind, 2025, "新年第一期", ACTOR);
		DocumentNumber otherKind = numbering.issue(freshKind(), 2024, "另一类", ACTOR);

		assertEquals("2024年第1期", first.label());
		assertEquals("2024年第2期", second.label());
		assertEquals(1, nextYear.number());
		assertEquals(1, otherKind.number());
		assertEquals(2, numbering.lastIssued(kind, 2024));
		assertEquals(0, numbering.lastIssued(kind, 2023));
	}

	@Test
	void concurrentIssuesGetEveryNumberExactlyOnce() throws Exception {
		NumberingService numbering = Services.get(NumberingService.class);
		String kind = freshKind();
		int threads = 4;
		int perThread = 25;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<Integer>>> results = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				Callable<List<Integer>> desktop = () -> {
					start.await();
					List<Integer> mine = new ArrayList<>();
					for (int i = 0; i < perThread; i++) {
						mine.add(numbering.issue(kind, 2024, "并发", ACTOR).number());
					}
					return mine;
				};
				results.add(pool.submit(desktop));
			}
			start.countDown();
			List<Integer> all = new ArrayList<>();
			for (Future<List<Integer>> result : results) {
				all.addAll(result.get(120, TimeUnit.SECONDS));
			}
			all.sort(null);

			assertEquals(IntStream.rangeClosed(1, threads * perThread).boxed().toList(), all);
			assertEquals(threads * perThread, numbering.lastIssued(kind, 2024));
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aNumberTakenInsideATransactionThatRollsBackIsIssuedAgain() {
		NumberingService numbering = Services.get(NumberingService.class);
		String kind = freshKind();
		// a plugin issues inside the transaction of its own unit; the platform's stands in for one here
		EntityManagerFactory unit = Services.unit("ducha.core");

		assertEquals(1, Jpa.write(unit, em -> numbering.issueIn(em, kind, 2024, "第一期", ACTOR)).number());
		assertThrows(IllegalStateException.class, () -> Jpa.write(unit, em -> {
			assertEquals(2, numbering.issueIn(em, kind, 2024, "未存的通报", ACTOR).number());
			throw new IllegalStateException("the bulletin is not stored");
		}));
		assertEquals(1, numbering.lastIssued(kind, 2024), "the issue rolled back with its transaction");
		assertEquals(2, numbering.issue(kind, 2024, "第二期", ACTOR).number());
	}

	@Test
	void aBlankKindIsRejected() {
		NumberingService numbering = Services.get(NumberingService.class);

		assertThrows(ValidationException.class, () -> numbering.issue(" ", 2024, "无", ACTOR));
	}
}
