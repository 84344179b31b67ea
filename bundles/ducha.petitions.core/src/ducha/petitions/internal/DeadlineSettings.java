package ducha.petitions.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import ducha.core.DataFolder;
import ducha.core.ValidationException;
import ducha.petitions.Channel;

/**
 * Days allowed to handle a petition, per channel: {@code deadline.LETTER=60} etc. in {@code petitions.properties}
 * of the data folder (UTF-8); channels not named there keep the default of 60 days (信访事项 are to be concluded
 * within 60 days), referrals 30 days when the referring authority names no deadline.
 */
final class DeadlineSettings {

	static final String FILE = "petitions.properties";
	static final String PREFIX = "deadline.";

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

	static Map<Channel, Integer> load(Path file) {
		Map<Channel, Integer> days = defaults();
		if (!Files.isRegularFile(file)) {
			return days;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new ValidationException(file + ": 无法读取（" + e.getMessage() + "），请保存为 UTF-8");
		}
		List<String> problems = new ArrayList<>();
		for (String key : properties.stringPropertyNames()) {
			if (!key.startsWith(PREFIX)) {
				continue;
			}
			Channel channel = Channel.parse(key.substring(PREFIX.length()));
			String value = properties.getProperty(key).strip();
			if (channel == null) {
				problems.add(file + ": " + key + ": 没有这个渠道，可填 LETTER、VISIT、ONLINE、PHONE、REFERRAL");
				continue;
			}
			try {
				int n = Integer.parseInt(value);
				if (n < 1 || n > 365) {
					throw new NumberFormatException();
				}
				days.put(channel, n);
			} catch (NumberFormatException e) {
				problems.add(file + ": " + key + ": “" + value + "”不是 1 到 365 之间的天数");
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return days;
	}
}
