package ducha.team.internal.jpa;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.team.SelectionCriteria;

/** Row of {@code team_appointment}: the selection criteria of one platform {@code supervisor_assignment} row. */
@Entity
@Table(name = "team_appointment")
public class AppointmentEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (team migration V6). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@Column(name = "assignment_id")
	private long assignmentId;

	@Column(name = "political_ability")
	private String politicalAbility;

	@Column(name = "professional_quality")
	private String professionalQuality;

	@Column(name = "discipline_conduct")
	private String disciplineConduct;

	@Column(name = "seniority")
	private String seniority;

	@Column(name = "decision_ref")
	private String decisionRef;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private LocalDateTime recordedAt;

	protected AppointmentEntity() {
	}

	public AppointmentEntity(long assignmentId, SelectionCriteria criteria, String recordedBy) {
		this.assignmentId = assignmentId;
		update(criteria, recordedBy);
	}

	public void update(SelectionCriteria criteria, String by) {
		politicalAbility = criteria.politicalAbility();
		professionalQuality = criteria.professionalQuality();
		disciplineConduct = criteria.disciplineConduct();
		seniority = criteria.seniority();
		decisionRef = criteria.decisionRef();
		recordedBy = by;
		recordedAt = LocalDateTime.now();
	}

	public long assignmentId() {
		return assignmentId;
	}

	public SelectionCriteria toRecord() {
		return new SelectionCriteria(politicalAbility, professionalQuality, disciplineConduct, seniority, decisionRef);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
