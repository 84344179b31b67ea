package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import ducha.cli.ExitCodes;
import ducha.core.directory.DirectoryService;
import ducha.core.spi.CliContribution;
import picocli.CommandLine.Command;

/**
 * A staff file far over the import limit is refused with a message and a non-zero exit status, at once and with
 * nothing stored; and a command that fails with an {@link Error} (out of memory) never ends with status 0.
 */
class ImportLimitCommandTest {

	private static final int HUGE_FILE_ROWS = 3_000_000;

	@TempDir
	Path folder;

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
	}

	@Test
	void aThreeMillionRowStaffFileIsRefusedNamingTheLimitAndStoresNothing() throws IOException {
		DirectoryService directory = Services.get(DirectoryService.class);
		StaffLedger ledger = new StaffLedger();
		Path file = hugeStaffFile(ledger.validDepartment());
		long before = directory.staffCount();

		// the refusal comes from the row limit while the file streams: seconds, not the minutes of reading it all
		Cli.Result run = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> Cli.run("staff", "import", file.toString()));

		assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
		assertTrue(run.err().contains("名册-300万.csv: ") && run.err().contains("500,000"),
				"the file and the limit are named: " + run.err());
		assertTrue(run.err().contains("ledger.max-rows"), "and how to raise it: " + run.err());
		assertEquals(before, directory.staffCount(), "nothing stored");
	}

	@Test
	void aCommandThatRunsOutOfMemoryEndsWithFailedAndAMessage() {
		ServiceRegistration<CliContribution> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
				.registerService(CliContribution.class, new ExhaustingContribution(), null);
		try {
			Cli.Result run = Cli.run(ExhaustingContribution.NAME);

			assertEquals(ExitCodes.FAILED, run.exitCode(), run::toString);
			assertTrue(run.err().contains("内存不足") && run.err().contains("ledger.max-rows"), run::toString);
		} finally {
			registration.unregister();
		}
	}

	@Test
	void anErrorInABatchNamesItsLineAndEndsTheBatchWithFailed() throws IOException {
		ServiceRegistration<CliContribution> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
				.registerService(CliContribution.class, new ExhaustingContribution(), null);
		try {
			Path batch = Files.writeString(folder.resolve("batch.txt"),
					"modules\n" + ExhaustingContribution.NAME + "\nmodules\n", StandardCharsets.UTF_8);

			Cli.Result run = Cli.run("run", batch.toString());

			assertEquals(ExitCodes.FAILED, run.exitCode(), run::toString);
			assertTrue(run.err().contains("内存不足"), run::toString);
			assertTrue(run.err().contains("batch.txt:2:"), "the batch names the failed line: " + run);
		} finally {
			registration.unregister();
		}
	}

	/** Written as it is generated: the file never sits in this test's memory. */
	private Path hugeStaffFile(String department) throws IOException {
		Path file = folder.resolve("名册-300万.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("工号,姓名,部门\n");
			for (int i = 1; i <= HUGE_FILE_ROWS; i++) {
				out.write(Integer.toString(70_000_000 + i));
				out.write(",测试");
				out.write(Integer.toString(i % 1000));
				out.write(',');
				out.write(department);
				out.write('\n');
			}
		}
		return file;
	}

	/** A plugin's command that fails as a command does when the heap is exhausted. */
	static final class ExhaustingContribution implements CliContribution {

		static final String NAME = "exhaust-memory-test";

		@Override
		public String name() {
			return NAME;
		}

		@Override
		public Object newCommand() {
			return new Exhausting();
		}
	}

	@Command(name = ExhaustingContribution.NAME)
	static final class Exhausting implements Runnable {

		@Override
		public void run() {
			throw new OutOfMemoryError("Java heap space");
		}
	}
}
