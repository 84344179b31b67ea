package ducha.team.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.team.Milestone;

/** Row of {@code team_mentoring_milestone}: the n-th milestone of a training plan. */
@Entity
@Table(name = "team_mentoring_milestone")
public class MilestoneEntity extends MentorshipPartEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (team migration V6). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "title")
	private String title;

	@Column(name = "due_date")
	private LocalDate due;

	@Column(name = "done_on")
	private LocalDate doneOn;

	protected MilestoneEntity() {
	}

	MilestoneEntity(MentorshipEntity mentorship, int seq, Milestone milestone) {
		super(mentorship, seq);
		title = milestone.title();
		due = milestone.due();
		doneOn = milestone.doneOn();
	}

	public void done(LocalDate on) {
		doneOn = on;
	}

	public Milestone toRecord() {
		return new Milestone(title, due, doneOn);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
