package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.DuchaException;
import ducha.persistence.BackupSchedule;

/** Which backups retention keeps and when a scheduled one is due; folders stand in for real backups. */
class BackupRetentionTest {

	private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	@TempDir
	Path folder;

	@Test
	void pruningKeepsTheNewestNAndDeletesOlderAndUnfinishedOnes() throws IOException {
		for (int day = 1; day <= 5; day++) {
			complete("ducha-backup-2026120" + day + "-020000", NOW.minus(Duration.ofDays(7 - day)));
		}
		Files.createDirectories(folder.resolve("ducha-backup-20261130-020000")); // killed half-way
		Files.createDirectories(folder.resolve("ducha-backup-20261206-020000")); // still being written
		Files.createDirectories(folder.resolve("other"));

		List<Path> deleted = new BackupRetention(folder).prune(2);

		assertEquals(List.of("ducha-backup-20261130-020000", "ducha-backup-20261201-020000",
				"ducha-backup-20261202-020000", "ducha-backup-20261203-020000"), names(deleted));
		assertEquals(List.of("ducha-backup-20261204-020000", "ducha-backup-20261205-020000",
				"ducha-backup-20261206-020000", "other"), names(list()));
	}

	@Test
	void pruningKeepsAtLeastOne() {
		assertThrows(DuchaException.class, () -> new BackupRetention(folder).prune(0));
	}

	@Test
	void aScheduledBackupIsDueOnceTheNewestIsOlderThanThePeriodAndThenPrunes() throws IOException {
		BackupSchedule daily = new BackupSchedule(folder, Duration.ofHours(24), 2);
		complete("ducha-backup-20261205-020000", NOW.minus(Duration.ofHours(54)));
		complete("ducha-backup-20261206-070000", NOW.minus(Duration.ofHours(25)));
		List<Path> written = new ArrayList<>();

		Optional<Path> due = DueBackup.run(daily, NOW, target -> {
			Path backup = complete("ducha-backup-20261207-080000", NOW);
			written.add(backup);
			return backup;
		});
		Optional<Path> notDue = DueBackup.run(daily, NOW.plus(Duration.ofHours(23)), target -> {
			throw new AssertionError("the newest backup is 23 hours old");
		});

		assertEquals(written, due.stream().toList());
		assertEquals(Optional.empty(), notDue);
		assertEquals(List.of("ducha-backup-20261206-070000", "ducha-backup-20261207-080000"), names(list()));
	}

	@Test
	void theScheduleComesFromTheSettingsAndABadValueNamesItsKey() {
		Path file = folder.resolve("ducha.properties");
		Properties none = new Properties();
		Properties daily = new Properties();
		daily.putAll(Map.of("backup.every.hours", "24", "backup.folder", "nightly"));
		Properties bad = new Properties();
		bad.putAll(Map.of("backup.every.hours", "24", "backup.keep", "0"));

		assertEquals(Optional.empty(), BackupSchedule.read(file, none, folder));
		assertEquals(Optional.of(new BackupSchedule(folder.resolve("nightly"), Duration.ofHours(24), 7)),
				BackupSchedule.read(file, daily, folder));
		DuchaException refused = assertThrows(DuchaException.class, () -> BackupSchedule.read(file, bad, folder));
		assertTrue(refused.getMessage().contains("backup.keep"), refused.getMessage());
	}

	private Path complete(String name, Instant created) {
		Path backup = folder.resolve(name);
		try {
			Files.createDirectories(backup);
			new BackupManifest(created, "test", "db", new DatabaseContents(Map.of(), Map.of()), List.of())
					.write(backup);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		return backup;
	}

	private List<Path> list() throws IOException {
		try (Stream<Path> children = Files.list(folder)) {
			return children.toList();
		}
	}

	private static List<String> names(List<Path> paths) {
		return paths.stream().map(p -> p.getFileName().toString()).sorted().toList();
	}
}
