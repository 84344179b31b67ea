package ducha.team.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.team.Milestone;

/** Row of {@code team_mentoring_milestone}: the n-th milestone of a training plan. */
@Entity
@Table(name = "team_mentoring_milestone")
public class MilestoneEntity extends MentorshipPartEntity {

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
}
