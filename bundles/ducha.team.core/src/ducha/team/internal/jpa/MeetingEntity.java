package ducha.team.internal.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.team.MeetingProblem;
import ducha.team.WorkMeeting;

/**
 * Row of {@code team_meeting} with its attendees ({@code team_meeting_attendee}) and the problems it raised
 * ({@code team_meeting_problem}), which belong to it.
 */
@Entity
@Table(name = "team_meeting")
public class MeetingEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (team migration V6). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "meeting_date")
	private LocalDate date;

	@Column(name = "title")
	private String title;

	@Column(name = "chair_staff_no")
	private String chairStaffNo;

	@Column(name = "minutes")
	private String minutes;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "team_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "staff_no")
	private List<String> attendees = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	private List<MeetingProblemEntity> problems = new ArrayList<>();

	protected MeetingEntity() {
	}

	public MeetingEntity(WorkMeeting meeting) {
		date = meeting.date();
		update(meeting);
	}

	/** Takes the meeting's values but its id and day. */
	public void update(WorkMeeting m) {
		title = m.title();
		chairStaffNo = m.chairStaffNo();
		minutes = m.minutes().isEmpty() ? null : m.minutes();
		attendees.clear();
		attendees.addAll(m.attendees());
	}

	/** Adds a problem after the last one; returns it. */
	public MeetingProblemEntity raise(MeetingProblem problem) {
		return put(problems.stream().mapToInt(MeetingProblemEntity::seq).max().orElse(0) + 1, problem);
	}

	/** Adds a problem under its position (a ledger's 序号), which no problem of the meeting has yet. */
	public MeetingProblemEntity put(int seq, MeetingProblem problem) {
		MeetingProblemEntity entity = new MeetingProblemEntity(this, seq, problem);
		problems.add(entity);
		return entity;
	}

	/** The problem at the position, or null. */
	public MeetingProblemEntity problem(int seq) {
		return problems.stream().filter(p -> p.seq() == seq).findFirst().orElse(null);
	}

	public List<MeetingProblemEntity> problems() {
		return problems.stream().sorted(Comparator.comparingInt(MeetingProblemEntity::seq)).toList();
	}

	public LocalDate date() {
		return date;
	}

	public WorkMeeting toRecord() {
		return new WorkMeeting(id, date, title, chairStaffNo, List.copyOf(attendees), minutes);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
