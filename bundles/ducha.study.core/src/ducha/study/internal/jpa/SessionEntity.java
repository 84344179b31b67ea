package ducha.study.internal.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.study.StudyKind;
import ducha.study.StudySession;

/** Row of {@code study_session} with its attendees in {@code study_session_attendee}. */
@Entity
@Table(name = "study_session")
public class SessionEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (study migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "record_no")
	private String recordNo;

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "session_date")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(name = "study_kind")
	private StudyKind kind;

	@Column(name = "topic")
	private String topic;

	@Column(name = "hours")
	private double hours;

	@Column(name = "record_text")
	private String recordText;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "study_session_attendee", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "staff_no")
	private List<String> attendees = new ArrayList<>();

	protected SessionEntity() {
	}

	public SessionEntity(StudySession session) {
		recordNo = session.recordNo();
		update(session);
	}

	/** Takes every value of the session but its id and 编号. */
	public void update(StudySession s) {
		departmentCode = s.departmentCode();
		date = s.date();
		kind = s.kind();
		topic = s.topic();
		hours = s.hours();
		recordText = s.recordText();
		attendees.clear();
		attendees.addAll(s.attendees());
	}

	public String departmentCode() {
		return departmentCode;
	}

	public StudySession toRecord() {
		return new StudySession(id, recordNo, departmentCode, date, kind, topic, attendees.stream().sorted().toList(),
				hours, recordText, version);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
