package ducha.cases.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import ducha.cases.CaseMarkingService;
import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.PageKey;
import ducha.cases.WatchListService;
import ducha.core.DataFolder;
import ducha.core.ledger.LedgerImportResult;

/**
 * The case register at a court's scale and beyond: generates an export of {@code ducha.bench.cases} cases (default
 * a million), then in one run measures Ducha's import, re-import, long-pending list and register pages beside raw
 * JDBC doing the same on the same rows in the same database, and prints the table (docs/benchmarks.md). It asserts
 * what must be true (counts, no duplicates, same pages as the SQL, nothing stored after a cancel), never a time.
 */
class CaseRegisterBenchmark {

	private static final int PAGE = 200; // the register view's page size
	private static final int REPEATS = 5;
	private static final int WARM_UP_ROWS = 5_000;
	private static final long DEEP_REGISTER_ROW = 500_000;

	@Test
	void importsWatchesAndPagesAMillionCasesBesideRawJdbc() throws Exception {
		int cases = Integer.getInteger("ducha.bench.cases", 1_000_000);
		Path dir = Path.of(System.getProperty("ducha.bench.dir", "target/bench"));
		LocalDate today = LocalDate.now();
		DataSource dataSource = Services.get(DataSource.class);
		CaseRegister register = Services.get(CaseRegister.class);
		WatchListService watch = Services.get(WatchListService.class);
		BenchCourt court = BenchCourt.prepare(dataSource);
		allowRows(cases);
		RawJdbc raw = new RawJdbc(dataSource, court.departmentCodes, watch.rules());
		RawJdbc.FlagDays flagDays = new RawJdbc.FlagDays(watch.rules());
		raw.createTable();
		EngineFloor floor = EngineFloor.of(dataSource, court.departmentCodes);
		floor.createTable();

		long started = System.nanoTime();
		Path file = CaseExportFile.write(dir.resolve("cases-" + cases + ".csv"), cases, court.judges, today, 3);
		double generatedMs = ms(started);

		// warm-up: both paths once on a small file, so that neither pays for class loading and the JIT
		Path warmUp = CaseExportFile.write(dir.resolve("warm-up.csv"), WARM_UP_ROWS, court.judges, today, 7);
		register.importFile(warmUp, BenchCourt.ACTOR, null);
		raw.load(warmUp);
		floor.load(DerbyBulkImport.prepare(warmUp, court.departmentCodes, flagDays));
		BenchCourt.prepare(dataSource);
		raw.truncate();

		Figures figures = new Figures(String.format(Locale.ROOT, "%,d cases, %s", cases, today));
		figures.note(String.format(Locale.ROOT, "export file %,.1f MB (%d judges in %d departments), written in %,.1f s",
				Files.size(file) / 1e6, court.judges.size(),
				court.judges.stream().map(BenchCourt.Judge::departmentCode).distinct().count(), generatedMs / 1000));

		// (a) import: raw and the engine's floor first, so that any file-cache advantage goes to them
		started = System.nanoTime();
		double cpu = cpuSeconds();
		long rawRows = raw.load(file);
		double rawLoadMs = ms(started);
		double rawCpu = cpuSeconds() - cpu;
		started = System.nanoTime();
		Path plain = DerbyBulkImport.prepare(file, court.departmentCodes, flagDays);
		double plainMs = ms(started);
		started = System.nanoTime();
		cpu = cpuSeconds();
		long floorRows = floor.load(plain);
		double floorMs = ms(started);
		double floorCpu = cpuSeconds() - cpu;
		CountingMonitor progress = new CountingMonitor(0);
		long heapBefore = usedHeapAfterGc();
		started = System.nanoTime();
		cpu = cpuSeconds();
		LedgerImportResult imported = register.importFile(file, BenchCourt.ACTOR, progress);
		double importMs = ms(started);
		double importCpu = cpuSeconds() - cpu;
		long heapAfter = usedHeapAfterGc();
		// the floor once more after the import: on a shared machine the load changes within a minute, and the
		// faster of the two floors is the one the import is held to
		started = System.nanoTime();
		cpu = cpuSeconds();
		assertEquals(cases, floor.load(plain));
		double floorAfterMs = ms(started);
		floorCpu = Math.min(floorCpu, cpuSeconds() - cpu);
		assertEquals(cases, imported.rows());
		assertEquals(cases, imported.inserted());
		assertEquals(cases, rawRows);
		assertEquals(cases, floorRows);
		assertEquals(cases, register.count(CaseQuery.ALL, BenchCourt.ACTOR));
		assertEquals(cases, raw.count(RawJdbc.TABLE));
		// like with like: the baseline and the floor stored the same long-pending dates as the import
		long flagged = raw.countFlagDates("case_register");
		assertTrue(flagged > 0, "the import stored long-pending dates");
		assertEquals(flagged, raw.countFlagDates(RawJdbc.TABLE));
		assertEquals(flagged, raw.countFlagDates(EngineFloor.TABLE));
		assertTrue(progress.permille() >= 990, "the import reports its progress to the end: " + progress.permille());
		figures.bulk("(a) import of the export file (new cases)", cases, importMs, rawLoadMs);
		figures.bulk("(a) the same import beside " + floor.label(), cases, importMs, Math.min(floorMs, floorAfterMs));
		figures.note(String.format(Locale.ROOT, "(a) %s loads a plain CSV in the table's column order (no BOM, no"
				+ " header, department codes, 案号 split) into an empty scratch table of the baseline's shape: %,.1f MB"
				+ " written from the export file before the clock started, in %,.1f s (not counted); the engine checks"
				+ " nothing but the key and the column types; it took %,.1f s before Ducha's import and %,.1f s after"
				+ " it (the table shows the faster)", floor.label(), Files.size(plain) / 1e6, plainMs / 1000,
				floorMs / 1000, floorAfterMs / 1000));
		figures.note(String.format(Locale.ROOT, "(a) processor time of the test JVM (all its threads, Derby's, the"
				+ " garbage collector's and the compiler's included), which the other load of a shared machine does not"
				+ " stretch: Ducha's import %,.1f s, raw JDBC %,.1f s, the engine's bulk load %,.1f s (the lower of its"
				+ " two runs); Ducha ÷ bulk load %.2f×%s", importCpu, rawCpu, floorCpu, importCpu / floorCpu,
				floor instanceof PostgresCopy ? " (the PostgreSQL server's own processes are not counted)" : ""));
		figures.note(String.format(Locale.ROOT,
				"heap used after GC: %,.1f MB before the import, %,.1f MB after it (max heap %,.0f MB); progress"
						+ " reported %d times",
				heapBefore / 1e6, heapAfter / 1e6, Runtime.getRuntime().maxMemory() / 1e6, progress.updates()));

		if (Boolean.getBoolean("ducha.bench.importOnly")) {
			// -Dducha.bench.importOnly=true: the first load and its floors alone, for profiling the import (a 1M run
			// of everything takes about seven minutes, the import and its floors a third of it)
			figures.note("machine: " + machine(dataSource) + " (only (a) measured: -Dducha.bench.importOnly=true)");
			figures.print(System.out, dir.resolve("cases-benchmark-" + cases + ".md"));
			return;
		}

		// (b) re-import of the same file: every case updated by 案号, none duplicated
		started = System.nanoTime();
		long rawUpdated = raw.update(file);
		double rawUpdateMs = ms(started);
		started = System.nanoTime();
		LedgerImportResult again = register.importFile(file, BenchCourt.ACTOR, null);
		double reimportMs = ms(started);
		assertEquals(0, again.inserted());
		assertEquals(cases, again.updated());
		assertEquals(cases, rawUpdated);
		assertEquals(cases, register.count(CaseQuery.ALL, BenchCourt.ACTOR), "a re-import never duplicates");
		figures.bulk("(b) re-import of the same file (all updates)", cases, reimportMs, rawUpdateMs);

		// (c) the watch lists: long-pending (count, first page, a page half-way down, one department), four kinds,
		// major cases
		WatchListsBench lists = new WatchListsBench(dataSource, figures, CaseRegisterBenchmark::time, PAGE);
		lists.longPending(watch, raw, court.judges.get(0).departmentCode(), today);
		lists.ruleChange(watch, today);
		lists.marked(Services.get(CaseMarkingService.class), today);

		// (d) the register: count, first page, a page after 500,000 rows (keyset)
		figures.query("(d) register count", time(() -> register.count(CaseQuery.ALL, BenchCourt.ACTOR)),
				time(() -> raw.count("case_register")));
		long deepRow = Math.min(DEEP_REGISTER_ROW, cases / 2);
		PageKey deep = raw.registerKeyAt(deepRow - 1);
		for (PageKey key : Arrays.asList(null, deep)) {
			assertEquals(raw.registerPage(key, PAGE), numbers(register.page(CaseQuery.ALL, key, PAGE, BenchCourt.ACTOR),
					r -> r));
			figures.query(key == null ? "(d) register first page of " + PAGE
					: String.format(Locale.ROOT, "(d) register page after row %,d (keyset)", deepRow),
					time(() -> register.page(CaseQuery.ALL, key, PAGE, BenchCourt.ACTOR)),
					time(() -> raw.registerPage(key, PAGE)));
		}
		Figures.Timing offset = time(() -> raw.registerKeyAt(deepRow - 1));
		figures.note(String.format(Locale.ROOT, "for comparison, raw OFFSET %,d (how a deep page costs without a key):"
				+ " %s", deepRow - 1, offset));

		// (e) a re-import cancelled at 10 %: nothing of it is stored
		CaseRecord before = register.page(CaseQuery.ALL, null, 1, BenchCourt.ACTOR).rows().get(0);
		CountingMonitor cancelling = new CountingMonitor(100);
		started = System.nanoTime();
		assertThrows(OperationCanceledException.class, () -> register.importFile(file, BenchCourt.ACTOR, cancelling));
		double cancelMs = ms(started);
		assertEquals(cases, register.count(CaseQuery.ALL, BenchCourt.ACTOR));
		assertEquals(before, register.find(before.number().text(), BenchCourt.ACTOR).orElseThrow());
		figures.note(String.format(Locale.ROOT,
				"(e) a re-import cancelled at %d‰ of the file ended (rolled back) after %,.1f s; count unchanged",
				cancelling.permille(), cancelMs / 1000));
		figures.note("machine: " + machine(dataSource));
		figures.print(System.out, dir.resolve("cases-benchmark-" + cases + ".md"));
	}

	private static <T> List<String> numbers(CasePage<T> page, java.util.function.Function<T, CaseRecord> record) {
		return page.rows().stream().map(r -> record.apply(r).number().text()).toList();
	}

	/** Calls once (the first, "cold" call), then {@link #REPEATS} more times for the median. */
	private static Figures.Timing time(Callable<?> call) throws Exception {
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
		return new Figures.Timing(first, runs.get(REPEATS / 2));
	}

	/** The register is larger than a ledger may be by default (ledger.max-rows, ledger.max-mb in ducha.properties). */
	private static void allowRows(int cases) throws IOException {
		Path settings = DataFolder.configFile();
		Files.createDirectories(settings.getParent());
		Files.writeString(settings, "\nledger.max-rows = " + (cases + WARM_UP_ROWS) + "\nledger.max-mb = 100000\n",
				StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private static String machine(DataSource dataSource) throws java.sql.SQLException {
		return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + database(dataSource)
				+ "; JVM args " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
						.filter(a -> a.startsWith("-Xm") || a.startsWith("-Dderby") || a.startsWith("-XX:StartFlight"))
						.toList();
	}

	private static String database(DataSource dataSource) throws java.sql.SQLException {
		try (java.sql.Connection c = dataSource.getConnection()) {
			return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion() + " ("
					+ c.getMetaData().getDriverName() + ")";
		}
	}

	/** The processor time this JVM has used so far, all threads; NaN where the platform does not tell. */
	private static double cpuSeconds() {
		return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
	}

	private static double ms(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e6;
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
