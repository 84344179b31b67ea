package ducha.petitions.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import ducha.core.DataFolder;
import ducha.core.ValidationException;
import ducha.petitions.Channel;

/**
 * Days allowed to handle a petition, per channel: {@code deadline.LETTER=60} etc. in {@code petitions.properties}
 * of the data folder (UTF-8); channels not named there keep the default of 60 days (信访事项 are to be concluded
 * within 60 days), referrals 30 days when the referring authority names no deadline. {@code reminder.days=7} sets
 * how many days before its deadline a petition appears among the reminders (提醒).
 */
final class DeadlineSettings {

	static final String FILE = "petitions.properties";
	static final String PREFIX = "deadline.";
	static final String REMINDER_DAYS = "reminder.days";
	static final int DEFAULT_REMINDER_DAYS = 7;

	private DeadlineSettings() {
	}

	static Map<Channel, Integer> defaults() {
		Map<Channel, Integer> days = new EnumMap<>(Channel.class);
		for (Channel c : Channel.values()) {
			days.put(c, c == Channel.REFERRAL ? 30 : 60);
		}
		return days;
	}

	/** @throws ValidationException naming the file and every bad key */
	static Map<Channel, Integer> load() {
		return load(DataFolder.get().resolve(FILE));
	}

	/**
	 * Days before the deadline from which a petition is reminded of (0: only on the day itself).
	 *
	 * @throws ValidationException naming the file and the key
	 */
	static int reminderDays() {
		return reminderDays(DataFolder.get().resolve(FILE));
	}

	static int reminderDays(Path file) {
		String value = DataFolder.readSettings(file).getProperty(REMINDER_DAYS);
		if (value == null) {
			return DEFAULT_REMINDER_DAYS;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= 0 && n <= 90) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below with the file and key
		}
		throw new ValidationException(
				NLS.bind(Messages.badReminderDays, new Object[] { file, REMINDER_DAYS, value.strip() }));
	}


	static Map<Channel, Integer> load(Path file) {
		Map<Channel, Integer> days = defaults();
		Properties properties = DataFolder.readSettings(file);
		List<String> problems = new ArrayList<>();
		for (String key : properties.stringPropertyNames()) {
			if (!key.startsWith(PREFIX)) {
				continue;
			}
			Channel channel = Channel.parse(key.substring(PREFIX.length()));
			String value = properties.getProperty(key).strip();
			if (channel == null) {
				problems.add(NLS.bind(Messages.badChannelKey, file, key));
				continue;
			}
			try {
				int n = Integer.parseInt(value);
				if (n < 1 || n > 365) {
					throw new NumberFormatException();
				}
				days.put(channel, n);
			} catch (NumberFormatException e) {
				problems.add(NLS.bind(Messages.badDeadlineDays, new Object[] { file, key, value }));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return days;
	}
}
