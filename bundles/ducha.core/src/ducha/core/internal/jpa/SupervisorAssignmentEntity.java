package ducha.core.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;

/** Row of {@code supervisor_assignment}; the API works with {@link SupervisorAssignment}. */
@Entity
@Table(name = "supervisor_assignment")
public class SupervisorAssignmentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private long id;

	/** Optimistic lock: two desktops saving the same record cannot both win (core migration V10). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "staff_no")
	private String staffNo;

	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private SupervisorRole role;

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "group_name")
	private String groupName;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	protected SupervisorAssignmentEntity() {
	}

	public SupervisorAssignmentEntity(SupervisorAssignment assignment) {
		staffNo = assignment.staffNo();
		role = assignment.role();
		departmentCode = assignment.departmentCode();
		groupName = assignment.groupName();
		startDate = assignment.startDate();
		endDate = assignment.endDate();
	}

	public SupervisorAssignment toRecord() {
		return new SupervisorAssignment(id, staffNo, role, departmentCode, groupName, startDate, endDate);
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public long version() {
		return version;
	}
}
