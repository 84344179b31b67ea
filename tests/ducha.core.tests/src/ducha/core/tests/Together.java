package ducha.core.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Desktops acting at the same moment: tasks on threads of their own, released together by a barrier. */
final class Together {

	private Together() {
	}

	/** Runs {@code desktops} tasks at once (task i from {@code task.apply(i)}) and returns their results in order. */
	static <T> List<T> run(int desktops, IntFunction<Callable<T>> task) throws Exception {
		CyclicBarrier start = new CyclicBarrier(desktops);
		ExecutorService pool = Executors.newFixedThreadPool(desktops);
		try {
			List<Future<T>> running = new ArrayList<>();
			for (int i = 0; i < desktops; i++) {
				Callable<T> work = task.apply(i);
				running.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return work.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get(60, TimeUnit.SECONDS));
			}
			return results;
		} finally {
			pool.shutdownNow();
		}
	}
}
