package ducha.cases.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's result: a Markdown table of Ducha's time beside the raw JDBC baseline of the same run, with the
 * ratio, plus notes. Printing it is the benchmark's whole purpose, so it goes to standard output (and to a file
 * beside the generated data) instead of the log.
 */
final class Figures {

	private final List<String> lines = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	Figures(String title) {
		lines.add("### " + title);
		lines.add("");
		lines.add("| step | Ducha | baseline (raw JDBC, or the engine's bulk import where named) | Ducha ÷ baseline |");
		lines.add("|---|---:|---:|---:|");
	}

	/** A bulk step: elapsed time and rows per second on both sides. */
	void bulk(String step, long rows, double duchaMs, double rawMs) {
		add("| " + step + " | " + bulkCell(rows, duchaMs) + " | " + bulkCell(rows, rawMs) + " | "
				+ ratio(duchaMs, rawMs) + " |");
	}

	/** A query: its time on both sides (first call, then the median of the repeated calls). */
	void query(String step, Timing ducha, Timing raw) {
		add("| " + step + " | " + ducha + " | " + raw + " | " + ratio(ducha.medianMs(), raw.medianMs()) + " |");
	}

	void note(String text) {
		notes.add(text);
		System.out.println("- " + text);
	}

	/** Adds a table row and shows it at once: a million-row run takes long enough to want to watch it. */
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

	private static String bulkCell(long rows, double ms) {
		return String.format(Locale.ROOT, "%,.1f s (%,.0f rows/s)", ms / 1000, rows * 1000 / Math.max(ms, 0.001));
	}

	private static String ratio(double ducha, double raw) {
		return String.format(Locale.ROOT, "%.2f×", ducha / Math.max(raw, 0.001));
	}

	/** A repeated query's first call and median. */
	record Timing(double firstMs, double medianMs) {
		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%,.1f ms (first %,.1f)", medianMs, firstMs);
		}
	}
}
