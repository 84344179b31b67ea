package ducha.integrity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * An integrity education activity (家庭助廉、主题教育、警示教育、…) and who took part.
 *
 * @param id           database id, 0 before it is stored
 * @param recordNo     编号
 * @param title        title
 * @param kind         kind, e.g. 家庭助廉, 主题活动, 警示教育
 * @param date         day it was held
 * @param description  what happened, may be null
 * @param participants 工号 of the staff who took part
 */
public record EducationActivity(long id, String recordNo, String title, String kind, LocalDate date,
		String description, Set<String> participants) {

	public EducationActivity {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(date, "date");
		participants = Set.copyOf(participants);
	}
}
