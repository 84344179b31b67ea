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

import ducha.team.Milestone;

/** Row of {@code team_mentoring_milestone}: the n-th milestone of a training plan. */
@Entity
@Table(name = "team_mentoring_milestone")
public class MilestoneEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@ManyToOne
	@JoinColumn(name = "mentorship_id")
	private MentorshipEntity mentorship;

	@Column(name = "seq")
	private int seq;

	@Column(name = "title")
	private String title;

	@Column(name = "due_date")
	private LocalDate due;

	@Column(name = "done_on")
	private LocalDate doneOn;

	protected MilestoneEntity() {
	}

	MilestoneEntity(MentorshipEntity mentorship, int seq, Milestone milestone) {
		this.mentorship = mentorship;
		this.seq = seq;
		title = milestone.title();
		due = milestone.due();
		doneOn = milestone.doneOn();
	}

	int seq() {
		return seq;
	}

	public void done(LocalDate on) {
		doneOn = on;
	}

	public Milestone toRecord() {
		return new Milestone(title, due, doneOn);
	}
}
