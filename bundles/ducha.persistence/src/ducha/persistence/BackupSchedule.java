package ducha.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.persistence.internal.Messages;

/**
 * Scheduled backups of the embedded database, from {@code ducha.properties}: {@code backup.every.hours} (none when
 * missing or 0), {@code backup.folder} (default {@code backups} of the data folder; relative to it) and
 * {@code backup.keep} (how many of the newest backups stay, default 7).
 */
public record BackupSchedule(Path folder, Duration every, int keep) {

	public static final String EVERY_HOURS = "backup.every.hours";
	public static final String FOLDER = "backup.folder";
	public static final String KEEP = "backup.keep";
	static final int DEFAULT_KEEP = 7;

	/**
	 * @param file     the file the settings come from, named in a refusal
	 * @param settings its properties
	 * @return empty when no schedule is set
	 * @throws DuchaException naming the file and the key of a bad value
	 */
	public static Optional<BackupSchedule> read(Path file, Properties settings, Path dataFolder) {
		int hours = number(file, settings, EVERY_HOURS, 0, 0, 24 * 31);
		if (hours == 0) {
			return Optional.empty();
		}
		String folder = settings.getProperty(FOLDER, "").strip();
		Path target = folder.isEmpty() ? dataFolder.resolve("backups") : dataFolder.resolve(folder);
		return Optional.of(new BackupSchedule(target, Duration.ofHours(hours),
				number(file, settings, KEEP, DEFAULT_KEEP, 1, 1000)));
	}

	private static int number(Path file, Properties settings, String key, int fallback, int min, int max) {
		String value = settings.getProperty(key, "").strip();
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		} catch (NumberFormatException e) {
			// refused below
		}
		throw new DuchaException(Language.format(Messages.Schedule_badNumber, file, key, value, min, max));
	}
}
