package ducha.team.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.team.SpecialistGroup;

/** Row of {@code team_group}. */
@Entity
@Table(name = "team_group")
public class GroupEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (team migration V6). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@Column(name = "code")
	private String code;

	@Column(name = "name")
	private String name;

	@Column(name = "scope")
	private String scope;

	@Column(name = "leader_staff_no")
	private String leaderStaffNo;

	@Column(name = "established_on")
	private LocalDate establishedOn;

	@Column(name = "dissolved_on")
	private LocalDate dissolvedOn;

	protected GroupEntity() {
	}

	public GroupEntity(SpecialistGroup group) {
		code = group.code();
		update(group);
	}

	/** Everything but the code. */
	public void update(SpecialistGroup group) {
		name = group.name();
		scope = group.scope().isEmpty() ? null : group.scope();
		leaderStaffNo = group.leaderStaffNo();
		establishedOn = group.establishedOn();
		dissolvedOn = group.dissolvedOn();
	}

	public void rename(String newName) {
		name = newName;
	}

	public void setLeader(String staffNo) {
		leaderStaffNo = staffNo;
	}

	public void dissolve(LocalDate lastDay) {
		dissolvedOn = lastDay;
	}

	public SpecialistGroup toRecord() {
		return new SpecialistGroup(code, name, scope, leaderStaffNo, establishedOn, dissolvedOn, version);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
