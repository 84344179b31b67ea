package ducha.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One study session of a department (学习记录).
 *
 * @param id             database id, 0 before it is stored
 * @param recordNo       编号, the ledger key; generated (XX2024-001) when blank
 * @param departmentCode the department that held it
 * @param date           the day it was held
 * @param kind           the form of study
 * @param topic          学习主题
 * @param attendees      工号 of the staff who took part
 * @param hours          学时
 * @param recordText     the record kept of it (学习记录内容), may be null
 * @param version        the stored version the record was read at, 0 before it is stored (an update passes it
 *                       back, so that one made from an out-of-date form is refused)
 */
public record StudySession(long id, String recordNo, String departmentCode, LocalDate date, StudyKind kind,
		String topic, List<String> attendees, double hours, String recordText, long version) {

	/** A session as read before versions, or not yet stored. */
	public StudySession(long id, String recordNo, String departmentCode, LocalDate date, StudyKind kind,
			String topic, List<String> attendees, double hours, String recordText) {
		this(id, recordNo, departmentCode, date, kind, topic, attendees, hours, recordText, 0);
	}

	public StudySession {
		Objects.requireNonNull(departmentCode, "departmentCode");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
	}

	/** A new session, not yet stored. */
	public static StudySession of(String departmentCode, LocalDate date, StudyKind kind, String topic,
			List<String> attendees, double hours, String recordText) {
		return new StudySession(0, null, departmentCode, date, kind, topic, attendees, hours, recordText);
	}
}
