package ducha.team.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.team.GroupMember;

/** Row of {@code team_group_member}. */
@Entity
@Table(name = "team_group_member")
public class GroupMemberEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (team migration V6). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private long id;

	@Column(name = "group_code")
	private String groupCode;

	@Column(name = "staff_no")
	private String staffNo;

	@Column(name = "from_date")
	private LocalDate fromDate;

	@Column(name = "to_date")
	private LocalDate toDate;

	protected GroupMemberEntity() {
	}

	public GroupMemberEntity(GroupMember member) {
		groupCode = member.groupCode();
		staffNo = member.staffNo();
		fromDate = member.from();
		toDate = member.to();
	}

	public void end(LocalDate lastDay) {
		toDate = lastDay;
	}

	public GroupMember toRecord() {
		return new GroupMember(id, groupCode, staffNo, fromDate, toDate, version);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
