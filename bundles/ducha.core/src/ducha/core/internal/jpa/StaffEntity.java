package ducha.core.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;

/** Row of {@code staff}; the API works with {@link Staff}. */
@Entity
@Table(name = "staff")
public class StaffEntity {

	@Id
	@Column(name = "staff_no")
	private String staffNo;

	/** Optimistic lock: two desktops saving the same record cannot both win (core migration V10). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "name")
	private String name;

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "job_title")
	private String position;

	@Column(name = "hire_date")
	private LocalDate hireDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "status")
	private EmploymentStatus status;

	protected StaffEntity() {
	}

	public StaffEntity(Staff staff) {
		this.staffNo = staff.staffNo();
		update(staff);
	}

	public void update(Staff staff) {
		name = staff.name();
		departmentCode = staff.departmentCode();
		position = staff.position();
		hireDate = staff.hireDate();
		status = staff.status();
	}

	public Staff toRecord() {
		return new Staff(staffNo, name, departmentCode, position, hireDate, status);
	}

	public long version() {
		return version;
	}
}
