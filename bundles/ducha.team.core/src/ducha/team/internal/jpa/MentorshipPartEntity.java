package ducha.team.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What a row belonging to a mentorship has: its own id, its mentorship and its position there (a milestone, an item
 * shadowed); stored and removed with the mentorship.
 */
@MappedSuperclass
public abstract class MentorshipPartEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@ManyToOne
	@JoinColumn(name = "mentorship_id")
	private MentorshipEntity mentorship;

	@Column(name = "seq")
	private int seq;

	protected MentorshipPartEntity() {
	}

	MentorshipPartEntity(MentorshipEntity mentorship, int seq) {
		this.mentorship = mentorship;
		this.seq = seq;
	}

	int seq() {
		return seq;
	}
}
