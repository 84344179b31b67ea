package ducha.reports.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The benchmark's result: a Markdown table of each figure's time in Ducha beside its floor from the same run and
 * the target, plus notes. Printing it is the benchmark's purpose, so it goes to standard output (and to a
 * file) instead of the log. Times are the median of {@link #REPEATS} calls after a first call, shown in brackets.
 */
final class Table {

	static final int REPEATS = 5;

	private final List<String> lines = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	Table(String title) {
		lines.add("### " + title);
		lines.add("");
		lines.add("| figure | Ducha p50 (first) | floor p50 (first) | Ducha ÷ floor | target |");
		lines.add("|---|---:|---:|---:|---|");
	}

	/** A row; {@code floor} null when the figure has no floor of its own (it reads no table that grows). */
	void row(String figure, Timing ducha, Timing floor, String target) {
		String ratio = floor == null ? "–"
				: String.format(Locale.ROOT, "%.2f×", ducha.medianMs() / Math.max(floor.medianMs(), 0.001));
		add("| " + figure + " | " + ducha + " | " + (floor == null ? "–" : floor.toString()) + " | " + ratio + " | "
				+ target + " |");
	}

	void note(String text) {
		notes.add(text);
		System.out.println("- " + text);
	}

	private void add(String line) {
		lines.add(line);
		System.out.println(line);
	}

	String text() {
		List<String> all = new ArrayList<>(lines);
		all.add("");
		notes.forEach(n -> all.add("- " + n));
		return String.join("\n", all) + "\n";
	}

	void print(PrintStream out, Path file) throws IOException {
		out.println();
		out.println(text());
		out.flush();
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text(), StandardCharsets.UTF_8);
	}

	/** Calls once (the first, "cold" call), then {@link #REPEATS} more times for the median. */
	static Timing time(Callable<?> call) throws Exception {
		long started = System.nanoTime();
		call.call();
		double first = ms(started);
		List<Double> runs = new ArrayList<>();
		for (int i = 0; i < REPEATS; i++) {
			started = System.nanoTime();
			call.call();
			runs.add(ms(started));
		}
		runs.sort(null);
		return new Timing(first, runs.get(REPEATS / 2));
	}

	static double ms(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e6;
	}

	/** A repeated call's first time and median. */
	record Timing(double firstMs, double medianMs) {

		Timing plus(Timing other) {
			return new Timing(firstMs + other.firstMs, medianMs + other.medianMs);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%,.1f ms (%,.1f)", medianMs, firstMs);
		}
	}
}
