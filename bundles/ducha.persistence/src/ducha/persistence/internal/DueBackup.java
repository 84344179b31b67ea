package ducha.persistence.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

import ducha.persistence.BackupSchedule;

/**
 * Whether a scheduled backup is due: by the newest complete backup in its folder, not by when this process
 * started, so that a workbench opened for an hour a day still backs up once its period has passed.
 */
final class DueBackup {

	private DueBackup() {
	}

	/**
	 * @param backup writes a backup into the folder given, returns it
	 * @return the backup written, empty when none was due
	 */
	static Optional<Path> run(BackupSchedule schedule, Instant now, UnaryOperator<Path> backup) {
		BackupRetention retention = new BackupRetention(schedule.folder());
		Optional<Instant> newest = retention.newest();
		if (newest.isPresent() && now.isBefore(newest.get().plus(schedule.every()))) {
			return Optional.empty();
		}
		Path written = backup.apply(schedule.folder());
		retention.prune(schedule.keep());
		return Optional.of(written);
	}
}
