package ducha.team.internal.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.team.Mentorship;
import ducha.team.Milestone;
import ducha.team.ShadowedItem;

/**
 * Row of {@code team_mentorship} with its milestones ({@code team_mentoring_milestone}) and the items shadowed
 * ({@code team_mentoring_shadowed}), which belong to it.
 */
@Entity
@Table(name = "team_mentorship")
public class MentorshipEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (team migration V6). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "mentor_staff_no")
	private String mentorStaffNo;

	@Column(name = "trainee_staff_no")
	private String traineeStaffNo;

	@Column(name = "from_date")
	private LocalDate from;

	@Column(name = "to_date")
	private LocalDate to;

	@Column(name = "training_plan")
	private String plan;

	@Column(name = "signed_off_on")
	private LocalDate signedOffOn;

	@Column(name = "sign_off_remarks")
	private String remarks;

	@OneToMany(mappedBy = "mentorship", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	private List<MilestoneEntity> milestones = new ArrayList<>();

	@OneToMany(mappedBy = "mentorship", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	private List<ShadowedEntity> shadowed = new ArrayList<>();

	protected MentorshipEntity() {
	}

	public MentorshipEntity(Mentorship m) {
		mentorStaffNo = m.mentorStaffNo();
		traineeStaffNo = m.traineeStaffNo();
		from = m.from();
		to = m.to();
		plan = m.plan().isEmpty() ? null : m.plan();
		m.milestones().forEach(this::add);
		m.shadowed().forEach(this::add);
		signOff(m.signedOffOn(), m.remarks());
	}

	public void add(Milestone milestone) {
		milestones.add(new MilestoneEntity(this, milestones.size() + 1, milestone));
	}

	public void add(ShadowedItem item) {
		shadowed.add(new ShadowedEntity(this, shadowed.size() + 1, item));
	}

	/** The n-th milestone (from 1), or null. */
	public MilestoneEntity milestone(int seq) {
		return milestones.stream().filter(m -> m.seq() == seq).findFirst().orElse(null);
	}

	public void signOff(LocalDate on, String text) {
		signedOffOn = on;
		remarks = text;
	}

	public Mentorship toRecord() {
		return new Mentorship(id, mentorStaffNo, traineeStaffNo, from, to, plan,
				milestones.stream().sorted(Comparator.comparingInt(MilestoneEntity::seq))
						.map(MilestoneEntity::toRecord).toList(),
				shadowed.stream().sorted(Comparator.comparingInt(ShadowedEntity::seq)).map(ShadowedEntity::toRecord)
						.toList(),
				signedOffOn, remarks, version);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
