package ducha.team.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.team.MeetingProblem;

/** Row of {@code team_meeting_problem}: the n-th problem raised at a meeting. */
@Entity
@Table(name = "team_meeting_problem")
public class MeetingProblemEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (team migration V6). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@ManyToOne
	@JoinColumn(name = "meeting_id")
	private MeetingEntity meeting;

	@Column(name = "seq")
	private int seq;

	@Column(name = "raised_by")
	private String raisedBy;

	@Column(name = "description")
	private String description;

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "analysis")
	private String analysis;

	@Column(name = "analysed_on")
	private LocalDate analysedOn;

	@Column(name = "resolution")
	private String resolution;

	@Column(name = "owner_staff_no")
	private String ownerStaffNo;

	@Column(name = "due_date")
	private LocalDate due;

	@Column(name = "resolved_on")
	private LocalDate resolvedOn;

	@Column(name = "resolved_how")
	private String resolvedHow;

	protected MeetingProblemEntity() {
	}

	MeetingProblemEntity(MeetingEntity meeting, int seq, MeetingProblem problem) {
		this.meeting = meeting;
		this.seq = seq;
		update(problem);
	}

	/** Takes every value of the problem but its meeting and position. */
	public void update(MeetingProblem p) {
		raisedBy = p.raisedBy();
		description = p.description();
		departmentCode = p.departmentCode();
		analysis = p.analysis();
		analysedOn = p.analysedOn();
		resolution = p.resolution();
		ownerStaffNo = p.ownerStaffNo();
		due = p.due();
		resolvedOn = p.resolvedOn();
		resolvedHow = p.resolvedHow();
	}

	public MeetingEntity meeting() {
		return meeting;
	}

	public int seq() {
		return seq;
	}

	public MeetingProblem toRecord() {
		return new MeetingProblem(id, meeting.date(), seq, raisedBy, description, departmentCode, analysis,
				analysedOn, resolution, ownerStaffNo, due, resolvedOn, resolvedHow, version);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
