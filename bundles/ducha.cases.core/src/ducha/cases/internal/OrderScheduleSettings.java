package ducha.cases.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import ducha.cases.OrderSchedule;
import ducha.core.DataFolder;
import ducha.core.ValidationException;

/**
 * The court's own reminder settings for supervision orders, in {@code cases.properties} of the data folder (UTF-8):
 * {@code orders.remind.days=3} (the N of "N days before the deadline", 0 to 90) and
 * {@code orders.escalation.days=7} (days between two escalations of an order that stays overdue, 1 to 90). A
 * missing file or key keeps the defaults of {@link OrderSchedule}; a bad value is refused naming the file and key,
 * never guessed. Read on each use, so a change applies without a restart.
 */
final class OrderScheduleSettings {

	static final String FILE = "cases.properties";
	static final String REMIND_DAYS = "orders.remind.days";
	static final String ESCALATION_DAYS = "orders.escalation.days";

	private OrderScheduleSettings() {
	}

	/** @throws ValidationException naming the file and every bad key */
	static OrderSchedule load() {
		return load(DataFolder.get().resolve(FILE));
	}

	static OrderSchedule load(Path file) {
		Properties properties = DataFolder.readSettings(file);
		List<String> problems = new ArrayList<>();
		int remindDays = days(file, properties, REMIND_DAYS, OrderSchedule.DEFAULT_DAYS_BEFORE, 0, problems);
		int escalationDays = days(file, properties, ESCALATION_DAYS, OrderSchedule.DEFAULT_ESCALATION_INTERVAL, 1,
				problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return new OrderSchedule(remindDays, escalationDays);
	}

	private static int days(Path file, Properties properties, String key, int fallback, int min,
			List<String> problems) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int days = Integer.parseInt(value.strip());
			if (days >= min && days <= 90) {
				return days;
			}
		} catch (NumberFormatException e) {
			// reported below with the file and key
		}
		problems.add(NLS.bind(Messages.badScheduleDays, new Object[] { file, key, value.strip(), min }));
		return fallback;
	}

}
